package com.inquirydesk.notification;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.system.InquiryDeskProperties;
import jakarta.persistence.EntityManager;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Notices that go out with the acknowledgement: on written channels, that answers take longer than on
 * chat or phone (with the expected time); while the queue is unusually long, an apology for the delay.
 * The acknowledgement runs before routing, so the queue measured is the inquiry's category, which the
 * routing table maps to its group.
 */
@Service
class SupportNotices {

    static final String SURGE_APOLOGY = "SURGE_APOLOGY";
    static final String WRITTEN_CHANNEL_NOTICE = "WRITTEN_CHANNEL_NOTICE";
    static final Set<Channel> WRITTEN = EnumSet.of(Channel.EMAIL, Channel.SNS, Channel.WEB, Channel.APP);

    private static final DateTimeFormatter KOREAN_TIME = DateTimeFormatter.ofPattern("M월 d일(E) a h시 mm분", Locale.KOREAN);

    private final MessageTemplateService templates;
    private final EntityManager entities;
    private final InquiryDeskProperties properties;
    private final int surgeQueueLevel;

    SupportNotices(MessageTemplateService templates, EntityManager entities, InquiryDeskProperties properties,
                   @Value("${inquiry-desk.notices.surge-queue-level:30}") int surgeQueueLevel) {
        this.templates = templates;
        this.entities = entities;
        this.properties = properties;
        this.surgeQueueLevel = surgeQueueLevel;
    }

    /** Template code → worded notice, in the order they should reach the customer (possibly none). */
    Map<String, String> withAcknowledgement(Inquiry inquiry, Customer customer) {
        Map<String, String> notices = new LinkedHashMap<>();
        Map<String, String> values = Map.of(
                "code", inquiry.getCode(),
                "customerName", MessageTemplateService.displayName(customer),
                "channelLabel", inquiry.getChannel().label(),
                "categoryLabel", (inquiry.getCategory() == null ? Category.OTHER : inquiry.getCategory()).label(),
                "expectedFirstResponseBy", inquiry.getFirstResponseDueAt() == null ? "가능한 한 빨리"
                        : KOREAN_TIME.format(inquiry.getFirstResponseDueAt().atZone(properties.zone())));
        if (queueAbove(inquiry.getCategory(), surgeQueueLevel)) {
            notices.put(SURGE_APOLOGY, templates.render(SURGE_APOLOGY, customer.getLocale(), values));
        }
        if (WRITTEN.contains(inquiry.getChannel())) {
            notices.put(WRITTEN_CHANNEL_NOTICE, templates.render(WRITTEN_CHANNEL_NOTICE, customer.getLocale(), values));
        }
        return notices;
    }

    /**
     * Whether more than {@code level} inquiries of the category are waiting. Reads at most {@code level + 1} rows, so
     * an acknowledgement costs the same with a backlog of thousands (a count read every waiting row).
     */
    boolean queueAbove(Category category, int level) {
        return entities.createQuery("select i.id from Inquiry i where i.category = :category and i.status in :open",
                        Long.class)
                .setParameter("category", category == null ? Category.OTHER : category)
                .setParameter("open", EnumSet.of(InquiryStatus.RECEIVED, InquiryStatus.OPEN, InquiryStatus.ON_HOLD))
                .setMaxResults(level + 1)
                .getResultList().size() > level;
    }
}
