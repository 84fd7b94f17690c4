package com.inquirydesk.knowledge;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.text.KoreanTextAnalysis;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The articles that may answer an inquiry while the customer waits: a knowledge base search with the
 * subject and the most telling words of the text, in the inquiry's category and the customer's segment.
 */
@Service
public class ArticleSuggestionService {

    static final int MAX_SUGGESTIONS = 3;
    /** A long text would drown the subject; its few most frequent nouns say enough. */
    static final int BODY_KEYWORDS = 5;

    private final KnowledgeSearchService search;
    private final KoreanTextAnalysis keywords;

    public ArticleSuggestionService(KnowledgeSearchService search, KoreanTextAnalysis keywords) {
        this.search = search;
        this.keywords = keywords;
    }

    public List<KbArticle> suggestFor(Inquiry inquiry, Customer customer) {
        String text = inquiry.getSubject() + " "
                + String.join(" ", keywords.topKeywords(List.of(inquiry.getBody()), BODY_KEYWORDS).keySet());
        return search.search(ArticleSearch.suggestions(text, inquiry.getCategory(),
                customer == null ? null : customer.getSegment(), MAX_SUGGESTIONS));
    }
}
