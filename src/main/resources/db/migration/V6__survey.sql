-- Satisfaction survey: one invitation per inquiry (a reopened and again resolved inquiry is not asked
-- twice), at most one answer per inquiry, and the best answers supervisors keep for reuse.

CREATE TABLE survey_invitation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id   BIGINT       NOT NULL,
    agent        VARCHAR(64),
    channel      VARCHAR(10)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    sent_at      DATETIME(6),
    expires_at   DATETIME(6),
    answered_at  DATETIME(6),
    expired_at   DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_survey_invitation_inquiry UNIQUE (inquiry_id),
    CONSTRAINT fk_survey_invitation_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id)
);
CREATE INDEX ix_survey_invitation_status ON survey_invitation (status, expires_at);

CREATE TABLE survey_response (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id          BIGINT        NOT NULL,
    agent               VARCHAR(64),
    csat                INT           NOT NULL,
    ces                 INT           NOT NULL,
    nps                 INT           NOT NULL,
    retention           INT,
    product_experience  INT,
    online_experience   INT,
    wait_time           INT,
    expectations_met    INT,
    comment             VARCHAR(2000),
    answered_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uq_survey_response_inquiry UNIQUE (inquiry_id),
    CONSTRAINT fk_survey_response_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id)
);
CREATE INDEX ix_survey_response_agent_answered ON survey_response (agent, answered_at);
CREATE INDEX ix_survey_response_answered ON survey_response (answered_at);

-- kind: CANNED_RESPONSE (agents insert it into replies) or MANUAL (internal handling manual).
CREATE TABLE canned_response (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind               VARCHAR(20)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    body               MEDIUMTEXT    NOT NULL,
    category           VARCHAR(20),
    source_inquiry_id  BIGINT,
    created_by         VARCHAR(64),
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_canned_response_inquiry FOREIGN KEY (source_inquiry_id) REFERENCES inquiry (id)
);
CREATE INDEX ix_canned_response_kind_category ON canned_response (kind, category);

INSERT INTO message_template (code, locale, subject, body) VALUES
('SURVEY_INVITATION', 'ko', '[{code}] 상담은 만족스러우셨나요?',
 '{customerName}님, 문의 {code}에 대한 상담이 마무리되었습니다.
받으신 안내가 도움이 되었는지 1분만 시간을 내어 알려 주세요. 남겨 주신 의견은 상담 품질을 높이는 데에만 씁니다.
설문 참여: {surveyUrl}
설문은 {expiresAt}까지 참여하실 수 있습니다.');
