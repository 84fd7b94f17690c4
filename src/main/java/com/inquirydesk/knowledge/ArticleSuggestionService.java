package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.system.TimeSource;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Picks the published articles of the inquiry's category that share the most keywords with its
 * text, so the acknowledgement can offer self-service while the customer waits.
 */
@Service
public class ArticleSuggestionService {

    static final int MAX_SUGGESTIONS = 3;

    private final KbArticleRepository articles;
    private final TimeSource time;

    public ArticleSuggestionService(KbArticleRepository articles, TimeSource time) {
        this.articles = articles;
        this.time = time;
    }

    public List<KbArticle> suggestFor(Inquiry inquiry) {
        String text = inquiry.getSubject() + " " + inquiry.getBody();
        return articles.findByStatusAndCategory("PUBLISHED", inquiry.getCategory()).stream()
                .filter(article -> article.getPublishAt() == null || !article.getPublishAt().isAfter(time.now()))
                .sorted(Comparator.comparingLong((KbArticle article) -> matches(article, text)).reversed()
                        .thenComparing(Comparator.comparingInt(KbArticle::getHelpfulCount).reversed())
                        .thenComparing(KbArticle::getSlug))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static long matches(KbArticle article, String text) {
        if (article.getKeywords() == null) {
            return 0;
        }
        return Arrays.stream(article.getKeywords().split(","))
                .map(String::trim)
                .filter(keyword -> !keyword.isEmpty() && text.contains(keyword))
                .count();
    }
}
