-- Product hand-off: one row per hand-off of a feature to the product team, and the inquiries that raised it.

CREATE TABLE product_feedback (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    feature_key         VARCHAR(100)  NOT NULL,
    -- Equals feature_key while the hand-off is open and is NULL once it is declined or released: the unique
    -- constraint then allows only one open hand-off per feature on H2 and MariaDB alike (both accept many
    -- NULLs), so two reports racing for a new feature cannot open two hand-offs.
    open_feature_key    VARCHAR(100),
    title               VARCHAR(200),
    status              VARCHAR(20)   NOT NULL,
    target_release      VARCHAR(50),
    answer              VARCHAR(2000),
    affected_customers  INT           NOT NULL DEFAULT 0,
    linked_inquiries    INT           NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    released_at         DATETIME(6),
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_product_feedback_open UNIQUE (open_feature_key)
);
CREATE INDEX ix_product_feedback_feature ON product_feedback (feature_key, created_at);

CREATE TABLE product_feedback_link (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    feedback_id  BIGINT        NOT NULL,
    inquiry_id   BIGINT        NOT NULL,
    customer_id  BIGINT        NOT NULL,
    voc_item_id  BIGINT,
    summary      VARCHAR(500),
    created_at   DATETIME(6)   NOT NULL,
    -- Set in the same transaction as the fix-shipped notice, so a retried step never tells a customer twice.
    notified_at  DATETIME(6),
    CONSTRAINT uq_product_feedback_link UNIQUE (feedback_id, inquiry_id),
    CONSTRAINT fk_product_feedback_link_feedback FOREIGN KEY (feedback_id) REFERENCES product_feedback (id),
    CONSTRAINT fk_product_feedback_link_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    CONSTRAINT fk_product_feedback_link_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

INSERT INTO message_template (code, locale, subject, body) VALUES
('FIX_SHIPPED_NOTICE', 'ko', '[{code}] 말씀해 주신 문제를 고쳤습니다',
 '{customerName}님, 문의 {code}에서 알려 주신 "{featureTitle}" 문제를 제품팀이 고쳐 {release} 버전에 반영했습니다.
불편을 겪으시는 동안 기다려 주셔서 감사합니다. 앱이나 서비스를 최신 버전으로 업데이트하신 뒤에도 같은 문제가 보이면 이 문의에 답장해 주세요. 바로 다시 살펴보겠습니다.'),
('PRODUCT_TRIAGE_REMINDER', 'ko', '[제품 피드백] {featureKey} 검토를 기다리고 있습니다',
 '고객 문의에서 올라온 제품 피드백 "{featureTitle}"({featureKey})이(가) 아직 분류되지 않았습니다.
지금까지 고객 {affectedCustomers}명, 문의 {linkedInquiries}건이 같은 문제를 겪었습니다. Tasklist의 "제품 피드백 검토" 작업에서 반영 여부와 목표 릴리스를 정해 주세요.');
