package com.inquirydesk.knowledge;

import com.inquirydesk.system.TimeSource;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Customers' search over the knowledge base. The index is built from the table at start-up and follows
 * every change an editor or a vote makes (after the change commits, so a rolled-back edit is never found).
 */
@Service
public class KnowledgeSearchService {

    public static final int MAX_RESULTS = 50;

    private final KnowledgeSearchIndex index = new KnowledgeSearchIndex();
    private final KbArticleRepository articles;
    private final TimeSource time;

    public KnowledgeSearchService(KbArticleRepository articles, TimeSource time) {
        this.articles = articles;
        this.time = time;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void rebuild() {
        index.replaceAll(articles.findByStatus("PUBLISHED").stream().map(SearchableArticle::of).toList());
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void onChange(ArticlesChanged change) {
        index.put(change.slug(), articles.findBySlug(change.slug())
                .filter(article -> "PUBLISHED".equals(article.getStatus()))
                .map(SearchableArticle::of)
                .orElse(null));
    }

    /** The published articles that match, best first; only those customers may read now. */
    @Transactional(readOnly = true)
    public List<KbArticle> search(ArticleSearch search) {
        var now = time.now();
        List<String> slugs = index.search(search, now);
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, KbArticle> bySlug = articles.findBySlugIn(slugs).stream()
                .filter(article -> article.isVisibleAt(now))
                .collect(Collectors.toMap(KbArticle::getSlug, Function.identity()));
        return slugs.stream().map(bySlug::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The most read articles every customer may read now (none written for one segment only), for the front page. */
    @Transactional(readOnly = true)
    public List<KbArticle> mostRead(int limit) {
        var now = time.now();
        return articles.findByStatus("PUBLISHED").stream()
                .filter(article -> article.isVisibleAt(now) && article.getSegment() == null)
                .sorted(Comparator.comparingInt(KbArticle::getViewCount).reversed()
                        .thenComparing(Comparator.comparingInt(KbArticle::getHelpfulCount).reversed())
                        .thenComparing(KbArticle::getSlug))
                .limit(limit)
                .toList();
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }
}
