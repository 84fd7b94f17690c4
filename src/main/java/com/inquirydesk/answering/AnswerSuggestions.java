package com.inquirydesk.answering;

import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.knowledge.ArticleLinks;
import com.inquirydesk.knowledge.ArticleSuggestionService;
import com.inquirydesk.knowledge.KbArticle;
import com.inquirydesk.knowledge.KbArticleRepository;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering help on the respond form: the manual's canned replies and the knowledge base's articles that may
 * answer the customer's text, offered as choices the agent can insert into the reply. A choice is a short
 * reference ({@code c/12} for manual entry 12, {@code a/refund-policy} for an article); the text it stands
 * for is looked up again when the reply is completed, so only references pass through the engine.
 */
@Service
public class AnswerSuggestions {

    static final int MAX_ANSWERS = 3;
    /** How much of a suggested reply the form shows before the agent picks it. */
    static final int PREVIEW = 300;
    static final String ANSWER_PREFIX = "c/";
    static final String ARTICLE_PREFIX = "a/";

    private final InquiryService inquiries;
    private final CustomerService customers;
    private final AnswerManual manual;
    private final ArticleSuggestionService articleSuggestions;
    private final KbArticleRepository articles;
    private final InquiryDeskProperties properties;
    private final TimeSource time;

    public AnswerSuggestions(InquiryService inquiries, CustomerService customers, AnswerManual manual,
                             ArticleSuggestionService articleSuggestions, KbArticleRepository articles,
                             InquiryDeskProperties properties, TimeSource time) {
        this.inquiries = inquiries;
        this.customers = customers;
        this.manual = manual;
        this.articleSuggestions = articleSuggestions;
        this.articles = articles;
        this.properties = properties;
        this.time = time;
    }

    /** One offer on the form: the reference the select stores, its label, and a preview for the text view. */
    public record Suggestion(String reference, String label, String preview) {
    }

    @Transactional(readOnly = true)
    public List<Suggestion> forInquiry(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        List<Suggestion> offers = new ArrayList<>();
        for (ManualEntry entry : manual.suggestFor(inquiry.getSubject() + "\n" + inquiry.getBody(),
                inquiry.getCategory(), MAX_ANSWERS)) {
            offers.add(new Suggestion(ANSWER_PREFIX + entry.id(), "[답변] " + entry.title(),
                    shorten(entry.body(), PREVIEW)));
        }
        for (KbArticle article : articleSuggestions.suggestFor(inquiry, customers.get(inquiry.getCustomerId()))) {
            offers.add(new Suggestion(ARTICLE_PREFIX + article.getSlug(), "[도움말] " + article.getTitle(),
                    ArticleLinks.url(properties, article)));
        }
        return offers;
    }

    /**
     * The text a chosen reference puts into the reply: the manual entry's reply, or a pointer to the article
     * the customer can open. Empty when the reference names nothing a customer may be sent.
     */
    @Transactional(readOnly = true)
    public Optional<String> insertionFor(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        if (reference.startsWith(ANSWER_PREFIX)) {
            try {
                return manual.entry(Long.parseLong(reference.substring(ANSWER_PREFIX.length()))).map(ManualEntry::body);
            } catch (NumberFormatException notAnId) {
                return Optional.empty();
            }
        }
        if (reference.startsWith(ARTICLE_PREFIX)) {
            return articles.findBySlug(reference.substring(ARTICLE_PREFIX.length()))
                    .filter(article -> article.isVisibleAt(time.now()))
                    .map(article -> "도움이 될 도움말: " + article.getTitle() + "\n" + ArticleLinks.url(properties, article));
        }
        return Optional.empty();
    }

    static String shorten(String text, int limit) {
        String oneLine = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= limit ? oneLine : oneLine.substring(0, limit - 1) + "…";
    }
}
