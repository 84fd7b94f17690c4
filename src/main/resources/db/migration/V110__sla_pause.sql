-- Response clocks paused while an inquiry is on hold for the product team: what was left of the budget when
-- it paused, and the due time it got when it resumed (the old due moved by the paused business time).

CREATE TABLE sla_pause (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id         BIGINT       NOT NULL,
    metric             VARCHAR(20)  NOT NULL,
    reason             VARCHAR(30)  NOT NULL,
    paused_at          DATETIME(6)  NOT NULL,
    due_at             DATETIME(6),
    remaining_seconds  BIGINT       NOT NULL,
    resumed_at         DATETIME(6),
    resumed_due_at     DATETIME(6),
    CONSTRAINT fk_sla_pause_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id)
);
CREATE INDEX ix_sla_pause_inquiry ON sla_pause (inquiry_id, resumed_at);

INSERT INTO message_template (code, locale, subject, body) VALUES
('PRODUCT_HOLD_NOTICE', 'ko', '[{code}] 제품 담당 팀과 확인하고 있습니다',
 '{customerName}님, 문의 {code}은(는) 제품 담당 팀의 확인이 필요한 내용이라 잠시 답변을 보류했습니다.
제품 담당 팀이 답을 주거나 수정이 배포되면 같은 상담원이 바로 이어서 안내해 드리겠습니다. 그사이 더 알려 주실 내용이 있으면 이 문의에 답장해 주세요. 답장은 상담원에게 곧바로 전달됩니다.');
