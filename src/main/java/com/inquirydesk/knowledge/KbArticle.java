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

@Entity
@Table(name = "kb_article")
public class KbArticle {

    static final String DRAFT = "DRAFT";
    static final String PUBLISHED = "PUBLISHED";
    static final String UNPUBLISHED = "UNPUBLISHED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    private String body;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String segment;
    private String keywords;
    private String status;
    private Instant publishAt;
    private int helpfulCount;
    private int unhelpfulCount;
    private int version;
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    private ArticleType articleType = ArticleType.GUIDE;

    private int viewCount;

    protected KbArticle() {
    }

    /** A new article, published at once as version 1. */
    KbArticle(String slug, String title, String body, Category category, String keywords, Instant now) {
        this.slug = slug;
        this.title = title;
        this.body = body;
        this.category = category;
        this.keywords = keywords;
        this.status = "PUBLISHED";
        this.publishAt = now;
        this.version = 1;
        this.updatedAt = now;
    }

    /** A new article written by a knowledge manager: a draft at version 1 until it is published. */
    KbArticle(String slug, ArticleContent content, Instant now) {
        this.slug = slug;
        this.status = DRAFT;
        this.version = 1;
        apply(content, now);
    }

    /** An editor's change of the text and its placement; the next version. */
    void edit(ArticleContent content, Instant now) {
        apply(content, now);
        this.version++;
    }

    /** Published from {@code at} on (now or later: a scheduled article is found only once its time has come). */
    void publish(Instant at, Instant now) {
        this.status = PUBLISHED;
        this.publishAt = at;
        this.version++;
        this.updatedAt = now;
    }

    /** Taken out of the customer center and the search; the text and history stay for a later republish. */
    void unpublish(Instant now) {
        this.status = UNPUBLISHED;
        this.version++;
        this.updatedAt = now;
    }

    private void apply(ArticleContent content, Instant now) {
        this.title = content.title();
        this.body = content.body();
        this.articleType = content.type();
        this.category = content.category();
        this.segment = content.segment();
        this.keywords = content.keywords();
        this.updatedAt = now;
    }

    /** What an editor sees: draft, scheduled, published or unpublished. */
    public ArticleStatus statusAt(Instant now) {
        if (PUBLISHED.equals(status)) {
            return publishAt != null && publishAt.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        }
        return UNPUBLISHED.equals(status) ? ArticleStatus.UNPUBLISHED : ArticleStatus.DRAFT;
    }

    /** A new version replaces the text; the keywords customers found the article by stay as curated. */
    void revise(String title, String body, Category category, Instant now) {
        this.title = title;
        this.body = body;
        this.category = category;
        this.version++;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Category getCategory() { return category; }
    public String getKeywords() { return keywords; }
    public String getStatus() { return status; }
    public Instant getPublishAt() { return publishAt; }
    public String getSegment() { return segment; }
    public ArticleType getArticleType() { return articleType; }
    public int getHelpfulCount() { return helpfulCount; }
    public int getUnhelpfulCount() { return unhelpfulCount; }
    public int getViewCount() { return viewCount; }

    /** Published and its publish time has come: what customers may read and find. */
    public boolean isVisibleAt(Instant now) {
        return "PUBLISHED".equals(status) && (publishAt == null || !publishAt.isAfter(now));
    }
    public int getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
}
