package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.notification.NotificationService;
import com.inquirydesk.sla.ResponseTargets;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Connect me to an agent": the inquiry moves up the queue, the people who can take it hear about it,
 * and the customer is told when a person will answer, so asking for an agent never goes unanswered.
 */
@Service
public class AgentRequestService {

    /** Customer notice with placeholder {expectedBy}. */
    public static final String AGENT_REQUEST_ACK = "AGENT_REQUEST_ACK";
    /** Staff notice to the assignee and the candidate group. */
    public static final String AGENT_REQUESTED = "AGENT_REQUESTED";

    /** Once an agent has answered, the next answer to a customer who asks for a person is due this soon. */
    static final Duration FOLLOW_UP_WAIT = Duration.ofMinutes(30);

    // The acknowledgement writes times this way; the customer should read the same style in both.
    private static final DateTimeFormatter KOREAN_TIME =
            DateTimeFormatter.ofPattern("M월 d일(E) a h시 mm분", Locale.KOREAN);

    private final InquiryService inquiries;
    private final CustomerNoticeService customerNotices;
    private final NotificationService notifications;
    private final MessageTemplateService templates;
    private final ResponseTargets targets;
    private final TimeSource time;
    private final InquiryDeskProperties properties;
    private final AgentRequestProperties settings;

    public AgentRequestService(InquiryService inquiries, CustomerNoticeService customerNotices,
                               NotificationService notifications, MessageTemplateService templates,
                               ResponseTargets targets, TimeSource time, InquiryDeskProperties properties,
                               AgentRequestProperties settings) {
        this.settings = settings;
        this.inquiries = inquiries;
        this.customerNotices = customerNotices;
        this.notifications = notifications;
        this.templates = templates;
        this.targets = targets;
        this.time = time;
        this.properties = properties;
    }

    /** {@code repeated}: within the cooldown of an earlier request, so nothing was raised or sent again. */
    public record Handled(Priority priority, Instant expectedBy, boolean repeated) {
    }

    /**
     * While the company owes an answer by a time still ahead, that time stands (the running response
     * clock, or the first-response promise); otherwise (waiting on the customer, resolved, or a promise
     * already broken) a person answers within half an hour of business time.
     */
    public Instant expectedBy(Inquiry inquiry) {
        Instant now = time.now();
        Instant running = inquiry.getResponseDueAt();
        if (running != null && running.isAfter(now)) {
            return running;
        }
        Instant firstResponseDue = inquiry.getFirstResponseAt() == null ? inquiry.getFirstResponseDueAt() : null;
        return firstResponseDue != null && firstResponseDue.isAfter(now)
                ? firstResponseDue
                : targets.dueAfter(now, FOLLOW_UP_WAIT, true);
    }

    /**
     * @param promisedBy the time the customer was already quoted (by the API answer), or null to work it out here
     */
    @Transactional
    public Handled handle(long inquiryId, String assignee, String candidateGroup, Instant promisedBy) {
        Inquiry inquiry = inquiries.get(inquiryId);
        Instant expectedBy = promisedBy != null ? promisedBy : expectedBy(inquiry);
        if (withinCooldown(inquiry)) {
            return new Handled(inquiry.getPriority(), expectedBy, true);
        }
        inquiry.agentRequested(time.now());
        Priority raised = raised(inquiry.getPriority());
        inquiry.raisePriority(raised);
        String expectedText = KOREAN_TIME.format(expectedBy.atZone(properties.zone()));

        customerNotices.send(inquiryId, AGENT_REQUEST_ACK, Map.of("expectedBy", expectedText));
        String staffText = templates.render(AGENT_REQUESTED, "ko", Map.of(
                "code", inquiry.getCode(),
                "priority", raised.name(),
                "expectedBy", expectedText,
                "conversationUrl", properties.deskLink(inquiry.getCode())));
        notifications.notifyStaff(inquiry, assignee, candidateGroup, AGENT_REQUESTED, staffText);
        return new Handled(raised, expectedBy, false);
    }

    /**
     * What the customer reads in the API answer: who will answer by when, as far as it is known now
     * (a named agent only once one holds the inquiry; otherwise the group's next free agent).
     */
    public String promise(Inquiry inquiry, Instant expectedBy, boolean repeated) {
        String time = KOREAN_TIME.format(expectedBy.atZone(properties.zone()));
        String who = inquiry.getAssignee() != null ? "담당 상담원이" : "담당 그룹의 상담원이";
        return (repeated ? "이미 상담원 연결을 요청하셨습니다. " : "상담원 연결을 요청하셨습니다. ")
                + who + " " + time + "까지 답변드리겠습니다.";
    }

    /** A request within the cooldown of the last one that alerted the staff; the promise already given stands. */
    public boolean withinCooldown(Inquiry inquiry) {
        Instant last = inquiry.getLastAgentRequestAt();
        return last != null && last.plus(settings.cooldown()).isAfter(time.now());
    }

    /** One step up, but a customer asking for a person is never below HIGH. */
    static Priority raised(Priority current) {
        return switch (current) {
            case LOW, NORMAL -> Priority.HIGH;
            case HIGH, URGENT -> Priority.URGENT;
        };
    }
}
