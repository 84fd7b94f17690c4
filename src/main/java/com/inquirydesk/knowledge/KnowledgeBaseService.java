package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.system.TimeSource;
import com.inquirydesk.text.KoreanTextAnalysis;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishing help articles: each edit is a new version with its history row. */
@Service
public class KnowledgeBaseService {

    /** Slugs appear in customer-facing links, so they stay lower-case ASCII words joined by hyphens. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_KEYWORDS = 8;

    private final KbArticleRepository articles;
    private final KbArticleVersionRepository versions;
    private final KoreanTextAnalysis keywords;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    public KnowledgeBaseService(KbArticleRepository articles, KbArticleVersionRepository versions,
                                KoreanTextAnalysis keywords, TimeSource time, ApplicationEventPublisher events) {
        this.events = events;
        this.articles = articles;
        this.versions = versions;
        this.keywords = keywords;
        this.time = time;
    }

    /** An existing slug gets its next version; a new slug becomes a new article at version 1. */
    @Transactional
    public KbArticle publishVersion(String slug, String title, String body, Category category, String editor) {
        String normalisedSlug = slug == null ? "" : slug.strip();
        if (!SLUG.matcher(normalisedSlug).matches() || normalisedSlug.length() > 100) {
            throw new IllegalArgumentException("도움말 주소(slug)는 영문 소문자, 숫자, 하이픈만 쓸 수 있습니다: " + slug);
        }
        if (title == null || title.isBlank() || body == null || body.isBlank() || category == null) {
            throw new IllegalArgumentException("도움말 제목, 본문, 분류가 모두 필요합니다.");
        }
        KbArticle article = articles.findBySlug(normalisedSlug)
                .map(existing -> {
                    existing.revise(title.strip(), body.strip(), category, time.now());
                    return existing;
                })
                .orElseGet(() -> articles.save(new KbArticle(normalisedSlug, title.strip(), body.strip(), category,
                        initialKeywords(title, body), time.now())));
        // Two editors publishing the same article at once would both write version n+1; the unique key on
        // (article_id, version) turns the second into a failure instead of a silently lost edit.
        versions.save(new KbArticleVersion(article, editor));
        events.publishEvent(new ArticlesChanged(article.getSlug()));
        return article;
    }

    /** A knowledge manager's new article: a draft at version 1, found by nobody until it is published. */
    @Transactional
    public KbArticle create(ArticleInput input, String editor) {
        ArticleContent content = input.content(true);
        String slug = input.slug().strip();
        if (articles.findBySlug(slug).isPresent()) {
            throw InvalidArticleException.conflict("slug", "이미 다른 도움말이 쓰는 주소입니다: " + slug);
        }
        if (content.keywords() == null) {
            content = new ArticleContent(content.title(), content.body(), content.type(), content.category(),
                    content.segment(), initialKeywords(content.title(), content.body()));
        }
        KbArticle article = articles.saveAndFlush(new KbArticle(slug, content, time.now()));
        return recorded(article, editor);
    }

    /**
     * The next version of the text and its placement; the status and schedule stay. With {@code expectedVersion}
     * an edit made on an outdated copy is refused instead of silently overwriting a colleague's change.
     */
    @Transactional
    public KbArticle edit(String slug, ArticleInput input, Integer expectedVersion, String editor) {
        KbArticle article = editable(slug);
        ArticleContent content = input.content(false);
        requireVersion(article, expectedVersion);
        article.edit(content, time.now());
        return recorded(article, editor);
    }

    /** Published now ({@code at} null or past) or scheduled: customers find it once {@code at} has come. */
    @Transactional
    public KbArticle publish(String slug, Instant at, Integer expectedVersion, String editor) {
        KbArticle article = editable(slug);
        requireVersion(article, expectedVersion);
        Instant now = time.now();
        article.publish(at == null || at.isBefore(now) ? now : at, now);
        return recorded(article, editor);
    }

    @Transactional
    public KbArticle unpublish(String slug, Integer expectedVersion, String editor) {
        KbArticle article = editable(slug);
        requireVersion(article, expectedVersion);
        article.unpublish(time.now());
        return recorded(article, editor);
    }

    /** Every article whatever its status, newest change first, for the editors' list. */
    @Transactional(readOnly = true)
    public List<KbArticle> all() {
        return articles.findAll(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("slug")));
    }

    @Transactional(readOnly = true)
    public KbArticle editable(String slug) {
        return articles.findBySlug(slug == null ? "" : slug).orElseThrow(() -> new ArticleNotFoundException(slug == null ? "" : slug));
    }

    /** Oldest first: version 1 is how the article began. */
    @Transactional(readOnly = true)
    public List<KbArticleVersion> versions(String slug) {
        return versions.findByArticleIdOrderByVersion(editable(slug).getId());
    }

    private static void requireVersion(KbArticle article, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != article.getVersion()) {
            throw InvalidArticleException.conflict("version", "다른 사람이 먼저 고쳤습니다 (지금 버전 " + article.getVersion()
                    + "). 새로 열어 바뀐 내용을 확인한 뒤 다시 저장해 주세요.");
        }
    }

    private KbArticle recorded(KbArticle article, String editor) {
        versions.save(new KbArticleVersion(article, editor));
        events.publishEvent(new ArticlesChanged(article.getSlug()));
        return article;
    }

    // Suggestions match articles by their keywords; for a new article the words of its own text are the best
    // guess until a knowledge manager curates them. The title is counted as a second text so its words rank first.
    private String initialKeywords(String title, String body) {
        String joined = String.join(",", keywords.topKeywords(List.of(title, title + " " + body), MAX_KEYWORDS).keySet());
        return joined.length() > 500 ? joined.substring(0, joined.lastIndexOf(',', 500)) : joined;
    }
}
