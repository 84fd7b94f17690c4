-- Chat with the menu bot: one session per browser conversation, protected by its own token (hash stored).
CREATE TABLE chat_session (
    id                VARCHAR(36)  PRIMARY KEY,
    token_hash        VARCHAR(64)  NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    category          VARCHAR(20),
    inquiry_id        BIGINT,
    created_at        DATETIME(6)  NOT NULL,
    last_activity_at  DATETIME(6)  NOT NULL,
    closed_at         DATETIME(6)
);
CREATE INDEX ix_chat_session_idle ON chat_session (state, last_activity_at);

-- The session's lines in order; lines delivered from the outbox name their row, so a retry adds nothing.
CREATE TABLE chat_message (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id  VARCHAR(36)   NOT NULL,
    seq         INT           NOT NULL,
    author      VARCHAR(10)   NOT NULL,
    text        MEDIUMTEXT    NOT NULL,
    outbox_id   BIGINT,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uq_chat_message_seq UNIQUE (session_id, seq),
    CONSTRAINT uq_chat_message_outbox UNIQUE (outbox_id)
);
