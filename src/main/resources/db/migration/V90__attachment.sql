-- Files customers send with an inquiry or a reply (images and PDF). The bytes live in the row, so they are
-- stored and erased in the same transaction as the inquiry; after the retention period (or an erasure)
-- content becomes NULL and the row stays as "삭제됨" with its type, size and checksum.
CREATE TABLE attachment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id     BIGINT        NOT NULL,
    message_id     BIGINT,
    original_name  VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content        LONGBLOB,
    created_at     DATETIME(6)   NOT NULL,
    deleted_at     DATETIME(6),
    CONSTRAINT fk_attachment_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    CONSTRAINT fk_attachment_message FOREIGN KEY (message_id) REFERENCES inquiry_message (id)
);
CREATE INDEX ix_attachment_inquiry ON attachment (inquiry_id, id);
CREATE INDEX ix_attachment_retention ON attachment (deleted_at, created_at);
