package com.inquirydesk.product;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryMessage;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.inquiry.MessageDirection;
import com.inquirydesk.system.EngineAuthorization;
import com.inquirydesk.system.PersonalDataMasker;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inquiries on hold for the product team. Putting one on hold reports it to the hand-off of its feature
 * (joining the open one or starting it); when the product team answers that hand-off or ships its fix, every
 * inquiry still waiting on it goes back to its agent, with the team's word as an internal note.
 */
@Service
public class ProductHold {

    /** Longest line the product team reads per report; the agent's note or the subject, shortened. */
    static final int SUMMARY_LIMIT = 200;
    static final String NOTE_AUTHOR = ProductHandoff.PRODUCT_TEAM;

    private static final Map<String, String> DECISION_LABELS = Map.of(
            ProductHandoff.DECISION_ACCEPTED, "수용",
            ProductHandoff.DECISION_PLANNED, "반영 예정",
            ProductHandoff.DECISION_DECLINED, "반영하지 않음",
            ProductHandoff.DECISION_NEED_INFO, "추가 정보 필요");

    private final ProductFeedbackReporter reporter;
    private final ProductFeedbackRepository feedbacks;
    private final ProductFeedbackLinkRepository links;
    private final InquiryService inquiries;
    private final RuntimeService runtime;

    public ProductHold(ProductFeedbackReporter reporter, ProductFeedbackRepository feedbacks,
                       ProductFeedbackLinkRepository links, InquiryService inquiries, RuntimeService runtime) {
        this.reporter = reporter;
        this.feedbacks = feedbacks;
        this.links = links;
        this.inquiries = inquiries;
        this.runtime = runtime;
    }

    /**
     * Reports the inquiry to the feature's open hand-off (or opens one) and links it there.
     *
     * @return the hand-off the inquiry now waits for
     */
    @Transactional
    public long handOff(long inquiryId, String featureKey) {
        Inquiry inquiry = inquiries.get(inquiryId);
        reporter.report(featureKey, summary(inquiry), inquiryId, inquiry.getCustomerId(), null);
        return feedbacks.findByOpenFeatureKey(featureKey)
                .orElseThrow(() -> new IllegalStateException("no open hand-off for " + featureKey))
                .getId();
    }

    /** The team triaged the hand-off: the inquiries waiting on it return to their agents with the answer. */
    @Transactional
    public int answered(long feedbackId, String decision, String targetRelease, String answer) {
        StringBuilder note = new StringBuilder("제품팀 답변: ")
                .append(DECISION_LABELS.getOrDefault(decision, decision));
        if (targetRelease != null && !targetRelease.isBlank()) {
            note.append(" (목표 릴리스 ").append(targetRelease.strip()).append(')');
        }
        if (answer != null && !answer.isBlank()) {
            note.append("\n").append(answer.strip());
        }
        return wake(feedbackId, note.toString());
    }

    /** The fix shipped (the customers have been told): the inquiries waiting on it return to their agents. */
    @Transactional
    public int fixShipped(long feedbackId, String release) {
        return wake(feedbackId, "제품팀: 수정이 배포되었습니다 (릴리스 %s). 고객에게 배포 안내가 나갔습니다."
                .formatted(Objects.requireNonNullElse(release, "최신")));
    }

    private int wake(long feedbackId, String note) {
        int woken = 0;
        for (ProductFeedbackLink link : links.findByFeedbackIdOrderByCreatedAtAscIdAsc(feedbackId)) {
            Inquiry inquiry = inquiries.get(link.getInquiryId());
            // Only inquiries still on hold for this very hand-off listen; the others were linked by a VOC
            // review or their customer already brought them back.
            List<?> reached = EngineAuthorization.asProcess(() -> runtime
                    .createMessageCorrelation(InquiryLifecycle.MSG_PRODUCT_ANSWERED)
                    .processInstanceBusinessKey(inquiry.getCode())
                    .processInstanceVariableEquals(InquiryVariables.HELD_FOR_FEEDBACK_ID, feedbackId)
                    .correlateAllWithResult());
            if (!reached.isEmpty()) {
                inquiries.addNote(inquiry.getId(), note, NOTE_AUTHOR);
                woken++;
            }
        }
        return woken;
    }

    private String summary(Inquiry inquiry) {
        List<InquiryMessage> conversation = inquiries.conversation(inquiry.getId());
        String text = inquiry.getSubject();
        for (int i = conversation.size() - 1; i >= 0; i--) {
            InquiryMessage message = conversation.get(i);
            if (message.getDirection() == MessageDirection.NOTE && message.getBody() != null
                    && !message.getBody().isBlank()) {
                text = message.getBody();
                break;
            }
        }
        String masked = PersonalDataMasker.maskAll(Objects.requireNonNullElse(text, "").strip().replaceAll("\\s+", " "));
        return masked.length() <= SUMMARY_LIMIT ? masked : masked.substring(0, SUMMARY_LIMIT - 1) + "…";
    }
}
