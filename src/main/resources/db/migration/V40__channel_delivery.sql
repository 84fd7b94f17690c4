-- Outbox delivery: a relay claims a due row with a token (so two nodes never send one row twice),
-- records the outcome, and keeps the last error for supervisors.
ALTER TABLE notification_outbox ADD COLUMN transport VARCHAR(20);
ALTER TABLE notification_outbox ADD COLUMN subject VARCHAR(300);
ALTER TABLE notification_outbox ADD COLUMN claim_token VARCHAR(36);
ALTER TABLE notification_outbox ADD COLUMN claimed_until DATETIME(6);
ALTER TABLE notification_outbox ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE notification_outbox ADD COLUMN sent_at DATETIME(6);

-- Message-ID headers of mail sent and received per inquiry, so a reply threads by In-Reply-To/References.
CREATE TABLE mail_thread (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id  VARCHAR(250) NOT NULL,
    inquiry_id  BIGINT       NOT NULL,
    inbound     BOOLEAN      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_mail_thread_message UNIQUE (message_id)
);
CREATE INDEX ix_mail_thread_inquiry ON mail_thread (inquiry_id, created_at);

-- Inbound mail the service could not take in: kept whole for a person, never dropped.
CREATE TABLE mail_quarantine (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    received_at  DATETIME(6)   NOT NULL,
    sender       VARCHAR(300),
    subject      VARCHAR(500),
    reason       VARCHAR(1000) NOT NULL,
    raw_message  LONGBLOB      NOT NULL,
    status       VARCHAR(10)   NOT NULL DEFAULT 'NEW'
);
CREATE INDEX ix_mail_quarantine_status ON mail_quarantine (status, received_at);

-- Messenger deliveries seen, so a replayed delivery id is taken in once.
CREATE TABLE webhook_delivery (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel_name  VARCHAR(40)  NOT NULL,
    delivery_id   VARCHAR(100) NOT NULL,
    inquiry_code  VARCHAR(30)  NOT NULL,
    received_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_webhook_delivery UNIQUE (channel_name, delivery_id)
);
