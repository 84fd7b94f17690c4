-- The weekly VOC report: the whole report as JSON (it outgrows the engine's 4000-character text
-- variables), a few columns to find and list weeks, and what the supervisors' review decided.

CREATE TABLE weekly_voc_report (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    week_start          DATE          NOT NULL,
    week_end            DATE          NOT NULL,
    compiled_at         DATETIME(6)   NOT NULL,
    answer_count        INT           NOT NULL,
    low_score_count     INT           NOT NULL,
    flagged_categories  VARCHAR(200),
    summary             VARCHAR(2000) NOT NULL,
    report              MEDIUMTEXT    NOT NULL,
    guide_categories    VARCHAR(200),
    reviewed_by         VARCHAR(64),
    review_note         VARCHAR(2000),
    reviewed_at         DATETIME(6),
    CONSTRAINT uq_weekly_voc_report_week UNIQUE (week_start)
);
