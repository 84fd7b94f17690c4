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
        this.editor = editor;
        this.createdAt = article.getUpdatedAt();
    }

    public Long getArticleId() { return articleId; }
    public int getVersion() { return version; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Category getCategory() { return category; }
    public String getEditor() { return editor; }
    public Instant getCreatedAt() { return createdAt; }
}
