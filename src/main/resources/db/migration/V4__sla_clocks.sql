-- SLA clocks: what each inquiry currently owes and every SLA outcome, for escalation and reporting.

ALTER TABLE inquiry ADD COLUMN response_metric VARCHAR(20);
ALTER TABLE inquiry ADD COLUMN response_started_at DATETIME(6);
ALTER TABLE inquiry ADD COLUMN response_due_at DATETIME(6);
ALTER TABLE inquiry ADD COLUMN next_response_minutes INT;
ALTER TABLE inquiry ADD COLUMN sla_business_hours BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE inquiry ADD COLUMN resolution_paused_at DATETIME(6);
ALTER TABLE inquiry ADD COLUMN reopen_count INT NOT NULL DEFAULT 0;

CREATE TABLE sla_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id   BIGINT       NOT NULL,
    metric       VARCHAR(20)  NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    due_at       DATETIME(6)  NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_sla_event_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    -- A timer job that is retried must not record the same warning or breach twice.
    CONSTRAINT uq_sla_event UNIQUE (inquiry_id, metric, kind, due_at)
);
CREATE INDEX ix_sla_event_occurred ON sla_event (occurred_at);

INSERT INTO message_template (code, locale, subject, body) VALUES
('REMINDER', 'ko', '[{code}] 답변을 기다리고 있습니다',
 '{customerName}님, 문의 {code}에 드린 답변을 확인하셨나요?
추가로 궁금하신 점이 있으면 이 문의에 답장해 주세요. {autoCloseAt}까지 답장이 없으면 해결된 것으로 보고 문의를 종료하겠습니다. 종료 뒤에도 새 문의를 남겨 주시면 언제든 이어서 도와드립니다.'),
('AUTO_CLOSE_NOTICE', 'ko', '[{code}] 문의를 종료했습니다',
 '{customerName}님, 한동안 답장이 없으셔서 문의 {code}을(를) 종료했습니다.
도움이 더 필요하시면 새 문의를 남겨 주세요. 이전 대화를 함께 보고 이어서 안내해 드리겠습니다. 이용해 주셔서 감사합니다.'),
('SLA_WARNING', 'ko', '[{code}] 답변 기한 임박',
 '문의 {code}의 답변 기한({dueAt})이 다가옵니다. 먼저 확인해 주세요.'),
('SLA_BREACH', 'ko', '[{code}] 답변 기한 경과',
 '문의 {code}의 답변 기한({dueAt})이 지났습니다. 우선순위를 {priority}(으)로 올리고 상담 관리자에게 알렸습니다.');
