package com.inquirydesk.product;

import com.inquirydesk.audit.AuditService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.notification.NotificationService;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product feedback found in customer inquiries, handed to the product team once per feature: more reports
 * on the same feature join the open hand-off, and when the fix ships every linked customer is told.
 */
@Service
public class ProductHandoffService implements ProductFeedbackReporter {

    public static final String FIX_SHIPPED_NOTICE = "FIX_SHIPPED_NOTICE";
    public static final String PRODUCT_TRIAGE_REMINDER = "PRODUCT_TRIAGE_REMINDER";

    /** How many of the latest reports the triage form lists. */
    static final int LATEST_SUMMARIES = 5;

    private static final Map<String, ProductFeedbackStatus> STATUS_BY_DECISION = Map.of(
            ProductHandoff.DECISION_ACCEPTED, ProductFeedbackStatus.ACCEPTED,
            ProductHandoff.DECISION_PLANNED, ProductFeedbackStatus.PLANNED,
            ProductHandoff.DECISION_DECLINED, ProductFeedbackStatus.DECLINED,
            ProductHandoff.DECISION_NEED_INFO, ProductFeedbackStatus.NEED_INFO);

    private final ProductFeedbackRepository feedbacks;
    private final ProductFeedbackLinkRepository links;
    private final ProductHandoffProcess process;
    private final InquiryService inquiries;
    private final CustomerNoticeService customerNotices;
    private final NotificationService notifications;
    private final MessageTemplateService templates;
    private final AuditService audit;
    private final TimeSource time;
    private final ProductHandoffProperties properties;
    private final InquiryDeskProperties deskProperties;

    public ProductHandoffService(ProductFeedbackRepository feedbacks, ProductFeedbackLinkRepository links,
                                 ProductHandoffProcess process, InquiryService inquiries,
                                 CustomerNoticeService customerNotices, NotificationService notifications,
                                 MessageTemplateService templates, AuditService audit, TimeSource time,
                                 ProductHandoffProperties properties, InquiryDeskProperties deskProperties) {
        this.feedbacks = feedbacks;
        this.links = links;
        this.process = process;
        this.inquiries = inquiries;
        this.customerNotices = customerNotices;
        this.notifications = notifications;
        this.templates = templates;
        this.audit = audit;
        this.time = time;
        this.properties = properties;
        this.deskProperties = deskProperties;
    }

    @Override
    @Transactional
    public void report(String featureKey, String summary, long inquiryId, long customerId, Long vocItemId) {
        if (featureKey == null || featureKey.isBlank()) {
            throw new IllegalArgumentException("featureKey is required");
        }
        String feature = featureKey.strip();
        var open = feedbacks.findByOpenFeatureKey(feature);
        if (open.isPresent()) {
            join(open.get(), summary, inquiryId, customerId, vocItemId);
        } else {
            // Flushed at once: a hand-off opened concurrently for the same feature fails here on the unique
            // open key, and the caller's retry then joins it.
            ProductFeedback feedback = feedbacks.saveAndFlush(ProductFeedback.open(feature, summary, time.now()));
            links.save(new ProductFeedbackLink(feedback.getId(), inquiryId, customerId, vocItemId, summary, time.now()));
            recount(feedback);
            process.start(feedback.getId(), feature, properties.triageReminderAfter());
        }
    }

    private void join(ProductFeedback feedback, String summary, long inquiryId, long customerId, Long vocItemId) {
        // A retried VOC step reports the same inquiry again; it counts once.
        if (links.existsByFeedbackIdAndInquiryId(feedback.getId(), inquiryId)) {
            return;
        }
        links.save(new ProductFeedbackLink(feedback.getId(), inquiryId, customerId, vocItemId, summary, time.now()));
        recount(feedback);
        process.feedbackAdded(feedback.getId(), feedback.getFeatureKey());
    }

    private void recount(ProductFeedback feedback) {
        feedback.recount(links.findByFeedbackIdOrderByCreatedAtAscIdAsc(feedback.getId()));
        feedbacks.save(feedback);
    }

    /** What the triage form shows: the size of the problem and the latest reports, newest first. */
    @Transactional(readOnly = true)
    public HandoffContext context(long feedbackId) {
        ProductFeedback feedback = get(feedbackId);
        List<ProductFeedbackLink> all = links.findByFeedbackIdOrderByCreatedAtAscIdAsc(feedbackId);
        List<ProductFeedbackLink> latest = new ArrayList<>(all.subList(Math.max(0, all.size() - LATEST_SUMMARIES), all.size()));
        Collections.reverse(latest);
        Map<Long, String> codes = latest.stream().collect(Collectors.toMap(ProductFeedbackLink::getInquiryId,
                link -> inquiries.get(link.getInquiryId()).getCode(), (a, b) -> a));
        String summaries = latest.stream()
                .map(link -> codes.get(link.getInquiryId()) + " · " + Objects.requireNonNullElse(link.getSummary(), "-"))
                .collect(Collectors.joining("\n"));
        String latestUrl = latest.isEmpty() ? null
                : deskProperties.deskLink(codes.get(latest.get(0).getInquiryId()));
        return new HandoffContext(feedback.displayTitle(), feedback.getAffectedCustomers(), feedback.getLinkedInquiries(),
                summaries, latestUrl);
    }

    /** The team's triage. A "released" decision leaves the status to {@link #markReleased}, the next step. */
    @Transactional
    public void recordDecision(long feedbackId, String decision, String targetRelease, String answer) {
        ProductFeedback feedback = get(feedbackId);
        if (ProductHandoff.DECISION_RELEASED.equals(decision)) {
            return;
        }
        ProductFeedbackStatus status = STATUS_BY_DECISION.get(decision);
        if (status == null) {
            throw new IllegalArgumentException("unknown triage decision " + decision);
        }
        feedback.triaged(status, targetRelease, answer);
    }

    /** The untouched triage task reminds the whole product team; the mail points at the first inquiry. */
    @Transactional
    public void remindProductTeam(long feedbackId) {
        ProductFeedback feedback = get(feedbackId);
        Inquiry first = inquiries.get(links.findByFeedbackIdOrderByCreatedAtAscIdAsc(feedbackId).get(0).getInquiryId());
        String text = templates.render(PRODUCT_TRIAGE_REMINDER, "ko", Map.of(
                "featureKey", feedback.getFeatureKey(),
                "featureTitle", feedback.displayTitle(),
                "affectedCustomers", Integer.toString(feedback.getAffectedCustomers()),
                "linkedInquiries", Integer.toString(feedback.getLinkedInquiries())));
        notifications.notifyStaff(first, null, ProductHandoff.PRODUCT_TEAM, PRODUCT_TRIAGE_REMINDER, text);
    }

    /** @return the release customers are told about */
    @Transactional
    public String markReleased(long feedbackId, String release) {
        ProductFeedback feedback = get(feedbackId);
        feedback.released(release, time.now());
        return feedback.getTargetRelease();
    }

    /**
     * Tells every linked customer that the fix shipped, once per inquiry: a link is marked in the same
     * transaction as its notice, so a retry after a failure sends only what is still missing.
     *
     * @return how many customers were told now
     */
    @Transactional
    public int notifyLinkedCustomers(long feedbackId) {
        ProductFeedback feedback = get(feedbackId);
        List<ProductFeedbackLink> pending = links.findByFeedbackIdAndNotifiedAtIsNullOrderByIdAsc(feedbackId);
        Map<String, String> values = Map.of(
                "featureTitle", feedback.displayTitle(),
                "release", Objects.requireNonNullElse(feedback.getTargetRelease(), "최신"));
        for (ProductFeedbackLink link : pending) {
            customerNotices.send(link.getInquiryId(), FIX_SHIPPED_NOTICE, values);
            link.notified(time.now());
        }
        return pending.size();
    }

    /** The product team announces a shipped fix through the API rather than the triage form. */
    @Transactional
    public void announceFixReleased(String featureKey, String release, String actor, String sourceAddress) {
        ProductFeedback feedback = feedbacks.findFirstByFeatureKeyOrderByCreatedAtDescIdDesc(featureKey)
                .orElseThrow(() -> ProductFeedbackException.notFound(featureKey));
        if (!feedback.isOpen()) {
            throw ProductFeedbackException.notOpen(feedback);
        }
        if (!process.fixReleased(feedback.getId(), featureKey, release.strip())) {
            throw ProductFeedbackException.notWaiting(featureKey);
        }
        audit.record(actor, sourceAddress, "FIX_RELEASED", null, "product_feedback", feedback.getId().toString(),
                "release " + release.strip());
    }

    @Transactional(readOnly = true)
    public List<ProductFeedbackView> list(ProductFeedbackStatus status) {
        List<ProductFeedback> found = status == null ? feedbacks.findAllByOrderByCreatedAtDescIdDesc()
                : feedbacks.findByStatusOrderByCreatedAtDescIdDesc(status);
        return found.stream().map(ProductFeedbackView::of).toList();
    }

    private ProductFeedback get(long feedbackId) {
        return feedbacks.findById(feedbackId)
                .orElseThrow(() -> new IllegalStateException("no product feedback " + feedbackId));
    }
}
