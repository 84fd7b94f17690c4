-- Further keys to one inquiry besides the token handed out at intake: the link in an acknowledgement (issued
-- when the message leaves, so no stored payload carries it) and the key a "my inquiries" session gives an
-- inquiry's page. Only hashes are kept; each key expires.
CREATE TABLE inquiry_access_key (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id  BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_inquiry_access_key_token UNIQUE (token_hash),
    CONSTRAINT fk_inquiry_access_key_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE CASCADE
);
CREATE INDEX ix_inquiry_access_key_inquiry ON inquiry_access_key (inquiry_id);
