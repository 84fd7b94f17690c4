package com.inquirydesk.portal;

import com.inquirydesk.inquiry.InquiryAccessKeys;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.notification.DeliveryPlaceholders;
import com.inquirydesk.notification.OutboxMessage;
import com.inquirydesk.system.InquiryDeskProperties;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The portal's personal links leave with keys issued for that very delivery: the inquiry page's link in an
 * acknowledgement, and the "my inquiries" sign-in link. The stored payload only ever holds placeholders.
 */
@Component
class PortalLinkPlaceholders implements DeliveryPlaceholders {

    /** How long the link in a message opens its inquiry: long enough to come back to a slow answer. */
    static final Duration MESSAGE_LINK_LIFETIME = Duration.ofDays(90);

    private final InquiryAccessKeys accessKeys;
    private final InquiryRepository inquiries;
    private final MyInquiriesSignIn signIn;
    private final InquiryDeskProperties properties;

    PortalLinkPlaceholders(InquiryAccessKeys accessKeys, InquiryRepository inquiries, MyInquiriesSignIn signIn,
                           InquiryDeskProperties properties) {
        this.accessKeys = accessKeys;
        this.inquiries = inquiries;
        this.signIn = signIn;
        this.properties = properties;
    }

    @Override
    public String fill(OutboxMessage message, String payload) {
        String text = payload;
        if (text != null && message.getInquiryId() != null && text.contains(InquiryAccessKeys.LINK_PLACEHOLDER)) {
            String link = inquiries.findById(message.getInquiryId())
                    .map(inquiry -> properties.publicBaseUrl() + InquiryAccessCookie.path(inquiry.getCode())
                            + "?token=" + accessKeys.issue(inquiry.getId(), InquiryAccessKeys.MESSAGE_LINK,
                            MESSAGE_LINK_LIFETIME))
                    .orElse(properties.publicBaseUrl() + "/portal");
            text = text.replace(InquiryAccessKeys.LINK_PLACEHOLDER, link);
        }
        if (text != null && message.getId() != null && text.contains(MyInquiriesSignIn.LINK_PLACEHOLDER)) {
            String link = signIn.issueLink(message.getId()).orElse(properties.publicBaseUrl() + "/portal/my");
            text = text.replace(MyInquiriesSignIn.LINK_PLACEHOLDER, link);
        }
        return text;
    }
}
