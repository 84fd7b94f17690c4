package com.inquirydesk.knowledge;

import com.inquirydesk.system.TimeSource;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer reading an article: what they may read, what is related, and their "was this helpful". */
@Service
public class ArticleReader {

    static final int RELATED = 3;

    private final KbArticleRepository articles;
    private final KnowledgeSearchService search;
    private final ApplicationEventPublisher events;
    private final TimeSource time;

    public ArticleReader(KbArticleRepository articles, KnowledgeSearchService search, ApplicationEventPublisher events,
                         TimeSource time) {
        this.articles = articles;
        this.search = search;
        this.events = events;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public KbArticle read(String slug) {
        return articles.findBySlug(slug).filter(article -> article.isVisibleAt(time.now()))
                .orElseThrow(() -> new ArticleNotFoundException(slug));
    }

    /** Reading through the portal counts towards "most read". */
    @Transactional
    public KbArticle open(String slug) {
        KbArticle article = read(slug);
        articles.countView(article.getId());
        return article;
    }

    /** Articles on the same topic: any of the title's and keywords' words in the same category, the article itself left out. */
    @Transactional(readOnly = true)
    public List<KbArticle> related(KbArticle article) {
        return search.search(ArticleSearch.suggestions(article.getTitle() + " " + keywordText(article),
                        article.getCategory(), article.getSegment(), RELATED + 1)).stream()
                .filter(other -> !other.getSlug().equals(article.getSlug()))
                .limit(RELATED)
                .toList();
    }

    /** A vote feeds the ranking of search results at once. */
    @Transactional
    public void vote(String slug, boolean helpful) {
        KbArticle article = read(slug);
        if (helpful) {
            articles.countHelpful(article.getId());
        } else {
            articles.countUnhelpful(article.getId());
        }
        events.publishEvent(new ArticlesChanged(article.getSlug()));
    }

    private static String keywordText(KbArticle article) {
        return article.getKeywords() == null ? "" : article.getKeywords().replace(',', ' ');
    }
}
