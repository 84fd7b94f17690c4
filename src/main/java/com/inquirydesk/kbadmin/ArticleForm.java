package com.inquirydesk.kbadmin;

import com.inquirydesk.knowledge.ArticleInput;
import com.inquirydesk.knowledge.KbArticle;

/** The desk's article form as the browser posts it; checked by {@link ArticleInput} like the API's body. */
public class ArticleForm {

    private String slug;
    private String title;
    private String body;
    private String type;
    private String category;
    private String segment;
    private String keywords;
    private Integer version;
    /** "publish" to publish (now or at {@link #publishAt}) on creation; anything else keeps a draft. */
    private String action;
    private String publishAt;

    static ArticleForm of(KbArticle article) {
        ArticleForm form = new ArticleForm();
        form.slug = article.getSlug();
        form.title = article.getTitle();
        form.body = article.getBody();
        form.type = article.getArticleType().name();
        form.category = article.getCategory().name();
        form.segment = article.getSegment();
        form.keywords = article.getKeywords() == null ? null : article.getKeywords().replace(",", ", ");
        form.version = article.getVersion();
        return form;
    }

    ArticleInput input(String fixedSlug) {
        return new ArticleInput(fixedSlug != null ? fixedSlug : slug, title, body, type, category, segment, keywords);
    }

    boolean publishRequested() {
        return "publish".equals(action);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getPublishAt() { return publishAt; }
    public void setPublishAt(String publishAt) { this.publishAt = publishAt; }
}
