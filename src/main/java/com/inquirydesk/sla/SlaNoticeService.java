package com.inquirydesk.sla;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.notification.NotificationService;
import com.inquirydesk.security.SupportGroups;
import com.inquirydesk.system.InquiryDeskProperties;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the people responsible that an answer is due soon or overdue. */
@Service
public class SlaNoticeService {

    public static final String SLA_WARNING = "SLA_WARNING";
    public static final String SLA_BREACH = "SLA_BREACH";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final InquiryService inquiries;
    private final MessageTemplateService templates;
    private final NotificationService notifications;
    private final InquiryDeskProperties properties;

    public SlaNoticeService(InquiryService inquiries, MessageTemplateService templates,
                            NotificationService notifications, InquiryDeskProperties properties) {
        this.inquiries = inquiries;
        this.templates = templates;
        this.notifications = notifications;
        this.properties = properties;
    }

    /** The assignee hears it; an inquiry still in the queue alerts its whole group. */
    @Transactional
    public void warnResponsible(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        String text = render(SLA_WARNING, inquiry);
        notifications.notifyStaff(inquiry, inquiry.getAssignee(),
                inquiry.getAssignee() == null ? inquiry.getCandidateGroup() : null, SLA_WARNING, text);
    }

    /** A breach reaches the assignee (or the group) and the supervisors. */
    @Transactional
    public void reportBreach(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        String text = render(SLA_BREACH, inquiry);
        notifications.notifyStaff(inquiry, inquiry.getAssignee(),
                inquiry.getAssignee() == null ? inquiry.getCandidateGroup() : null, SLA_BREACH, text);
        notifications.notifyStaff(inquiry, null, SupportGroups.SUPERVISORS, SLA_BREACH, text);
    }

    private String render(String template, Inquiry inquiry) {
        return templates.render(template, "ko", Map.of(
                "code", inquiry.getCode(),
                "priority", inquiry.getPriority().name(),
                "dueAt", inquiry.getResponseDueAt() == null ? "-"
                        : TIME.format(inquiry.getResponseDueAt().atZone(properties.zone()))));
    }
}
