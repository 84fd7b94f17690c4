-- "My inquiries": one-time sign-in links sent by e-mail and the short sessions they open. Only hashes of
-- the tokens are kept; a row points at the customer (never at a typed address) so erasure finds it.
CREATE TABLE customer_sign_in (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(10)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    customer_id  BIGINT       NOT NULL,
    outbox_id    BIGINT,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    used_at      DATETIME(6),
    CONSTRAINT uq_customer_sign_in_token UNIQUE (token_hash)
);
CREATE INDEX ix_customer_sign_in_customer ON customer_sign_in (customer_id);

INSERT INTO message_template (code, locale, subject, body) VALUES
('MY_INQUIRIES_SIGN_IN', 'ko', '[고객센터] 내 문의 확인 링크',
 '안녕하세요, 고객센터입니다.

내 문의 목록을 여는 링크를 요청하셨습니다. 아래 링크를 누르면 이 메일 주소로 남기신 문의와 답변 상태를 모두 보실 수 있습니다.

{link}

이 링크는 {minutes}분 동안 한 번만 열 수 있습니다. 시간이 지났거나 이미 열었다면 고객센터의 [내 문의]에서 새 링크를 요청해 주세요.
직접 요청하지 않으셨다면 이 메일은 무시하셔도 됩니다. 링크를 다른 사람에게 전달하지 마세요.');
