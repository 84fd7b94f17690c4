-- Core tables of the inquiry lifecycle. Portable between H2 and MariaDB; on MariaDB the database
-- is created with utf8mb4 so Korean text and emoji round-trip (see README).

CREATE TABLE customer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254),
    phone         VARCHAR(32),
    name          VARCHAR(100),
    external_id   VARCHAR(100),
    tier          VARCHAR(20)  NOT NULL DEFAULT 'STANDARD',
    segment       VARCHAR(100),
    locale        VARCHAR(10)  NOT NULL DEFAULT 'ko',
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_customer_email UNIQUE (email),
    CONSTRAINT uq_customer_phone UNIQUE (phone),
    CONSTRAINT uq_customer_external_id UNIQUE (external_id)
);

CREATE TABLE inquiry_code_counter (
    code_day    DATE    PRIMARY KEY,
    last_value  BIGINT  NOT NULL
);

CREATE TABLE inquiry (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                      VARCHAR(20)  NOT NULL,
    customer_id               BIGINT       NOT NULL,
    channel                   VARCHAR(10)  NOT NULL,
    category                  VARCHAR(20),
    category_suggested        BOOLEAN      NOT NULL DEFAULT FALSE,
    subject                   VARCHAR(200) NOT NULL,
    body                      MEDIUMTEXT   NOT NULL,
    locale                    VARCHAR(10)  NOT NULL DEFAULT 'ko',
    priority                  VARCHAR(10)  NOT NULL DEFAULT 'NORMAL',
    status                    VARCHAR(20)  NOT NULL,
    discomfort                BOOLEAN      NOT NULL DEFAULT FALSE,
    assignee                  VARCHAR(64),
    candidate_group           VARCHAR(64),
    sla_policy                VARCHAR(20),
    first_response_due_at     DATETIME(6),
    resolution_due_at         DATETIME(6),
    first_response_at         DATETIME(6),
    resolved_at               DATETIME(6),
    closed_at                 DATETIME(6),
    close_reason              VARCHAR(30),
    merged_into_id            BIGINT,
    idempotency_key           VARCHAR(100),
    request_fingerprint       VARCHAR(64),
    access_token_nonce        VARCHAR(64)  NOT NULL,
    access_token_hash         VARCHAR(64)  NOT NULL,
    created_at                DATETIME(6)  NOT NULL,
    updated_at                DATETIME(6)  NOT NULL,
    version                   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_inquiry_code UNIQUE (code),
    CONSTRAINT uq_inquiry_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT fk_inquiry_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_inquiry_merged_into FOREIGN KEY (merged_into_id) REFERENCES inquiry (id)
);
CREATE INDEX ix_inquiry_customer_created ON inquiry (customer_id, created_at);
CREATE INDEX ix_inquiry_assignee_status ON inquiry (assignee, status);

CREATE TABLE inquiry_message (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id  BIGINT       NOT NULL,
    direction   VARCHAR(10)  NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    author      VARCHAR(100),
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_message_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id)
);
CREATE INDEX ix_message_inquiry_created ON inquiry_message (inquiry_id, created_at);

CREATE TABLE agent_profile (
    user_id           VARCHAR(64)  PRIMARY KEY,
    display_name      VARCHAR(100) NOT NULL,
    status            VARCHAR(20)  NOT NULL DEFAULT 'AVAILABLE',
    capacity          INT          NOT NULL DEFAULT 5,
    skills            VARCHAR(500),
    last_assigned_at  DATETIME(6),
    version           BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE message_template (
    code     VARCHAR(50)  NOT NULL,
    locale   VARCHAR(10)  NOT NULL,
    subject  VARCHAR(200),
    body     MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (code, locale)
);

CREATE TABLE kb_article (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug           VARCHAR(100) NOT NULL,
    title          VARCHAR(200) NOT NULL,
    body           MEDIUMTEXT   NOT NULL,
    category       VARCHAR(20)  NOT NULL,
    segment        VARCHAR(100),
    keywords       VARCHAR(500),
    status         VARCHAR(20)  NOT NULL DEFAULT 'PUBLISHED',
    publish_at     DATETIME(6),
    helpful_count  INT          NOT NULL DEFAULT 0,
    unhelpful_count INT         NOT NULL DEFAULT 0,
    version        INT          NOT NULL DEFAULT 1,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uq_kb_article_slug UNIQUE (slug)
);

CREATE TABLE notification_outbox (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id     BIGINT,
    channel        VARCHAR(10)  NOT NULL,
    recipient      VARCHAR(254),
    template_code  VARCHAR(50)  NOT NULL,
    payload        MEDIUMTEXT   NOT NULL,
    status         VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
    attempts       INT          NOT NULL DEFAULT 0,
    next_try_at    DATETIME(6)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL
);
CREATE INDEX ix_outbox_status_next_try ON notification_outbox (status, next_try_at);

CREATE TABLE audit_event (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at          DATETIME(6)  NOT NULL,
    actor                VARCHAR(100) NOT NULL,
    source_address       VARCHAR(64),
    action               VARCHAR(50)  NOT NULL,
    subject_customer_id  BIGINT,
    entity_type          VARCHAR(30)  NOT NULL,
    entity_id            VARCHAR(64)  NOT NULL,
    details              VARCHAR(2000)
);
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id, occurred_at);
