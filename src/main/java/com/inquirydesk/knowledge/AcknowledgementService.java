package com.inquirydesk.knowledge;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.system.InquiryDeskProperties;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class AcknowledgementService {

    private static final DateTimeFormatter KOREAN_TIME =
            DateTimeFormatter.ofPattern("M월 d일(E) a h시 mm분", Locale.KOREAN);

    private final MessageTemplateService templates;
    private final ArticleSuggestionService articles;
    private final InquiryDeskProperties properties;

    public AcknowledgementService(MessageTemplateService templates, ArticleSuggestionService articles,
                                  InquiryDeskProperties properties) {
        this.templates = templates;
        this.articles = articles;
        this.properties = properties;
    }

    /** The same inquiry always yields the same wording, so the API answer and the sent notice agree. Call after triage. */
    public Acknowledgement compose(Inquiry inquiry, Customer customer) {
        var due = inquiry.getFirstResponseDueAt();
        List<KbArticle> suggested = articles.suggestFor(inquiry, customer);
        StringBuilder articleLines = new StringBuilder();
        if (!suggested.isEmpty()) {
            articleLines.append("\n\n기다리시는 동안 아래 도움말이 도움이 될 수 있습니다.");
            suggested.forEach(article -> articleLines.append("\n- ").append(article.getTitle()).append(": ")
                    .append(ArticleLinks.url(properties, article)));
        }
        String text = templates.render(MessageTemplateService.ACKNOWLEDGEMENT, customer.getLocale(), Map.of(
                "code", inquiry.getCode(),
                "customerName", MessageTemplateService.displayName(customer),
                "expectedFirstResponseBy", KOREAN_TIME.format(due.atZone(properties.zone())),
                "articles", articleLines.toString()));
        return new Acknowledgement(text, apologyFor(inquiry, customer), due, suggested);
    }

    /** The apology with the direct route to an agent, or null when the customer did not sound upset. */
    public String apologyFor(Inquiry inquiry, Customer customer) {
        return inquiry.isDiscomfort()
                ? templates.render(MessageTemplateService.DISCOMFORT_APOLOGY, customer.getLocale(), Map.of())
                : null;
    }
}
