package com.inquirydesk.knowledge;

import com.inquirydesk.customer.Customer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Customer-facing wording lives in table message_template, per code and locale; Korean is the fallback. */
@Service
public class MessageTemplateService {

    public static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";
    public static final String DISCOMFORT_APOLOGY = "DISCOMFORT_APOLOGY";
    public static final String MERGED_NOTICE = "MERGED_NOTICE";

    static final String FALLBACK_LOCALE = "ko";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final MessageTemplateRepository templates;

    public MessageTemplateService(MessageTemplateRepository templates) {
        this.templates = templates;
    }

    public String render(String code, String locale, Map<String, String> values) {
        MessageTemplate template = templates.findById(new MessageTemplate.Key(code, locale))
                .or(() -> templates.findById(new MessageTemplate.Key(code, FALLBACK_LOCALE)))
                .orElseThrow(() -> new IllegalStateException("message template " + code + " is missing"));
        Matcher matcher = PLACEHOLDER.matcher(template.getBody());
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** How templates address a customer: the name they gave, or a polite generic form. */
    /**
     * How messages to the customer address them. Never by the stored name: any request may claim an
     * e-mail address and a name, so quoting it would greet a victim with what an impostor typed (or
     * carry an attacker's text to a stranger's mailbox). Staff still see the name.
     */
    public static String displayName(Customer customer) {
        return "고객";
    }
}
