package com.inquirydesk.voc;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.notification.NotificationService;
import com.inquirydesk.security.SupportGroups;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import com.inquirydesk.text.KoreanTextAnalysis;
import jakarta.persistence.criteria.Predicate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** VOC items: created from an unhappy survey answer, reviewed, acted on, closed. */
@Service
public class VocService {

    public static final String VOC_CONTACT_OVERDUE = "VOC_CONTACT_OVERDUE";
    static final int MAX_LIST = 200;

    private static final Map<String, String> CONTACT_RESULTS = Map.of(
            "reached", "통화·연락 완료", "unreachable", "연락 안 됨", "declined", "고객이 연락을 원하지 않음");

    private final VocItemRepository items;
    private final InquiryService inquiries;
    private final KoreanTextAnalysis text;
    private final MessageTemplateService templates;
    private final NotificationService notifications;
    private final JdbcClient jdbc;
    private final TimeSource time;
    private final InquiryDeskProperties properties;

    public VocService(VocItemRepository items, InquiryService inquiries, KoreanTextAnalysis text,
                      MessageTemplateService templates, NotificationService notifications,
                      JdbcClient jdbc, TimeSource time, InquiryDeskProperties properties) {
        this.items = items;
        this.inquiries = inquiries;
        this.text = text;
        this.templates = templates;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.time = time;
        this.properties = properties;
    }

    /** The survey answer as the VOC review needs it; read by SQL so that VOC does not depend on the survey's classes. */
    record SurveyAnswer(String agent, int csat, int ces, int nps, String comment) {
    }

    @Transactional
    public VocContext createFromSurvey(long inquiryId, Long surveyResponseId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        Optional<SurveyAnswer> answer = surveyResponseId == null ? Optional.empty() : jdbc.sql(
                        "SELECT agent, csat, ces, nps, comment FROM survey_response WHERE id = ?")
                .param(surveyResponseId)
                .query((rs, row) -> new SurveyAnswer(rs.getString("agent"), rs.getInt("csat"), rs.getInt("ces"),
                        rs.getInt("nps"), rs.getString("comment")))
                .optional();
        String comment = answer.map(SurveyAnswer::comment).orElse(null);
        Category category = inquiry.getCategory() == null ? Category.OTHER : inquiry.getCategory();
        VocItem item = items.save(new VocItem(inquiryId, surveyResponseId, category, text.keywords(comment),
                Sentiment.of(text.sentiment(comment)), VocSource.SURVEY, answer.map(SurveyAnswer::agent).orElse(null), time.now()));
        return context(item, inquiry, answer.orElse(null));
    }

    @Transactional
    public void recordReview(long vocItemId, String rootCause, String action) {
        get(vocItemId).reviewed(rootCause, action, !VocReview.ACTION_NONE.equals(action), time.now());
    }

    /** The result goes on the VOC item, the supervisor's words into the inquiry as an internal note. */
    @Transactional
    public void recordContact(long vocItemId, String result, String note, String author) {
        VocItem item = get(vocItemId);
        item.contacted(result, time.now());
        StringBuilder text = new StringBuilder("[불만 고객 연락] ").append(CONTACT_RESULTS.getOrDefault(result, result));
        if (note != null && !note.isBlank()) {
            text.append("\n").append(note.strip());
        }
        inquiries.addNote(item.getInquiryId(), text.toString(), author);
    }

    @Transactional
    public void remindContactOverdue(long vocItemId, Duration waited) {
        Inquiry inquiry = inquiries.get(get(vocItemId).getInquiryId());
        String text = templates.render(VOC_CONTACT_OVERDUE, "ko", Map.of(
                "code", inquiry.getCode(),
                "hours", Long.toString(waited.toHours()),
                "conversationUrl", conversationUrl(inquiry)));
        notifications.notifyStaff(inquiry, null, SupportGroups.SUPERVISORS, VOC_CONTACT_OVERDUE, text);
    }

    @Transactional
    public void close(long vocItemId, String coachingNote, String author) {
        VocItem item = get(vocItemId);
        if (coachingNote != null && !coachingNote.isBlank() && item.getInquiryId() != null) {
            inquiries.addNote(item.getInquiryId(), "[상담 코칭] " + coachingNote.strip(), author);
        }
        item.close(time.now());
    }

    /** The newest items first, optionally of one status and one category. */
    @Transactional(readOnly = true)
    public List<VocItem> recent(VocStatus status, Category category, int limit) {
        Specification<VocItem> filter = (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (category != null) {
                predicates.add(cb.equal(root.get("category"), category));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        int size = Math.max(1, Math.min(limit, MAX_LIST));
        return items.findAll(filter, PageRequest.of(0, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))))
                .getContent();
    }

    private VocItem get(long vocItemId) {
        return items.findById(vocItemId)
                .orElseThrow(() -> new IllegalStateException("VOC item " + vocItemId + " does not exist"));
    }

    private VocContext context(VocItem item, Inquiry inquiry, SurveyAnswer answer) {
        String scores = answer == null ? "응답 없음"
                : "만족도(CSAT) %d/5 · 노력도(CES) %d/7 · 추천(NPS) %d/10".formatted(answer.csat(), answer.ces(), answer.nps());
        return new VocContext(item.getId(), item.getCategory().label(), item.getCategory().name(),
                item.getKeywords() == null ? "" : String.join(", ", item.keywordList()), item.getSentiment(),
                answer == null || answer.comment() == null ? "" : answer.comment(), scores,
                item.getAgent() == null ? "" : item.getAgent(), conversationUrl(inquiry));
    }

    private String conversationUrl(Inquiry inquiry) {
        return properties.deskLink(inquiry.getCode());
    }
}
