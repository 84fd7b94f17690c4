package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One published version of a help article, kept so an edit can be traced and compared. */
@Entity
@Table(name = "kb_article_version")
public class KbArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long articleId;
    private int version;
    private String title;
    private String body;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private ArticleType articleType;

    private String segment;
    private String keywords;
    private String status;
    private Instant publishAt;
    private String editor;
    private Instant createdAt;

    protected KbArticleVersion() {
    }

    KbArticleVersion(KbArticle article, String editor) {
        this.articleId = article.getId();
        this.version = article.getVersion();
        this.title = article.getTitle();
        this.body = article.getBody();
        this.category = article.getCategory();
        this.articleType = article.getArticleType();
        this.segment = article.getSegment();
        this.keywords = article.getKeywords();
        this.status = article.getStatus();
        this.publishAt = article.getPublishAt();
        this.editor = editor;
        this.createdAt = article.getUpdatedAt();
    }

    public Long getArticleId() { return articleId; }
    public int getVersion() { return version; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Category getCategory() { return category; }
    public ArticleType getArticleType() { return articleType; }
    public String getSegment() { return segment; }
    public String getKeywords() { return keywords; }
    public String getStatus() { return status; }
    public Instant getPublishAt() { return publishAt; }
    public String getEditor() { return editor; }
    public Instant getCreatedAt() { return createdAt; }
}
