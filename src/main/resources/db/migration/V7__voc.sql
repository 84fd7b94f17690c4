-- VOC items found by the survey follow-up (or the weekly review) and the version history of help
-- articles that VOC reviews lead to.

CREATE TABLE voc_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id          BIGINT,
    survey_response_id  BIGINT,
    category            VARCHAR(20),
    keywords            VARCHAR(500),
    sentiment           VARCHAR(10)  NOT NULL,
    source              VARCHAR(20)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    root_cause          VARCHAR(30),
    action              VARCHAR(30),
    agent               VARCHAR(64),
    contact_result      VARCHAR(20),
    contacted_at        DATETIME(6),
    created_at          DATETIME(6)  NOT NULL,
    reviewed_at         DATETIME(6),
    closed_at           DATETIME(6),
    CONSTRAINT fk_voc_item_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    CONSTRAINT fk_voc_item_survey_response FOREIGN KEY (survey_response_id) REFERENCES survey_response (id)
);
CREATE INDEX ix_voc_item_status_created ON voc_item (status, created_at);
CREATE INDEX ix_voc_item_category_created ON voc_item (category, created_at);
CREATE INDEX ix_voc_item_inquiry ON voc_item (inquiry_id);

-- One row per published version, the current one included, so a guide can be compared with what
-- customers read when they complained.
CREATE TABLE kb_article_version (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT       NOT NULL,
    version     INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    category    VARCHAR(20)  NOT NULL,
    editor      VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_kb_article_version_article FOREIGN KEY (article_id) REFERENCES kb_article (id),
    CONSTRAINT uq_kb_article_version UNIQUE (article_id, version)
);

INSERT INTO kb_article_version (article_id, version, title, body, category, editor, created_at)
SELECT id, version, title, body, category, 'system', updated_at FROM kb_article;

INSERT INTO message_template (code, locale, subject, body) VALUES
('VOC_CONTACT_OVERDUE', 'ko', '[{code}] 불만 고객 연락 지연',
 '만족도 조사에서 불만을 남긴 고객({code})에게 {hours}시간이 지나도록 연락하지 못했습니다. 오늘 안에 먼저 연락해 주세요. {conversationUrl}');
