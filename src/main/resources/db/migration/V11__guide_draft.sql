-- Guide text written in Tasklist is kept here and reaches the process as a reference: the engine's
-- string variables hold 4,000 characters, a guide up to 20,000.
CREATE TABLE guide_draft (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id    VARCHAR(64)  NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    created_by VARCHAR(100),
    created_at DATETIME(6)  NOT NULL
);
