-- Knowledge base management: each version row keeps everything an editor can change, so the history
-- shows when an article was scheduled, published or taken down, not only its text.
ALTER TABLE kb_article_version ADD COLUMN article_type VARCHAR(20);
ALTER TABLE kb_article_version ADD COLUMN segment VARCHAR(100);
ALTER TABLE kb_article_version ADD COLUMN keywords VARCHAR(500);
ALTER TABLE kb_article_version ADD COLUMN status VARCHAR(20);
ALTER TABLE kb_article_version ADD COLUMN publish_at DATETIME(6);

UPDATE kb_article_version SET
    article_type = (SELECT a.article_type FROM kb_article a WHERE a.id = kb_article_version.article_id),
    segment = (SELECT a.segment FROM kb_article a WHERE a.id = kb_article_version.article_id),
    keywords = (SELECT a.keywords FROM kb_article a WHERE a.id = kb_article_version.article_id),
    status = (SELECT a.status FROM kb_article a WHERE a.id = kb_article_version.article_id),
    publish_at = (SELECT a.publish_at FROM kb_article a WHERE a.id = kb_article_version.article_id);

CREATE INDEX ix_kb_article_status ON kb_article (status, publish_at);
