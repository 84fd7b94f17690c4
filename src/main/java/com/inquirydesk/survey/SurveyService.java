package com.inquirydesk.survey;

import com.inquirydesk.inquiry.SatisfactionSurveys;
import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.AccessTokens;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryMessage;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.MessageDirection;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.text.KoreanTextAnalysis;
import com.inquirydesk.system.TimeSource;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The satisfaction survey of a resolved inquiry: invite once, take one answer, keep praised replies. */
@Service
public class SurveyService implements SatisfactionSurveys {

    public static final String SURVEY_INVITATION = "SURVEY_INVITATION";

    /** Stands in the queued invitation for the tokened link that is issued when it is delivered. */
    public static final String SURVEY_LINK_PLACEHOLDER = "{{survey-link}}";

    /** Engine text variables hold at most 4000 characters; the form links the full conversation. */
    static final int FORM_TEXT_LIMIT = 3500;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M월 d일(E) a h시", Locale.KOREAN);

    private final SurveyInvitationRepository invitations;
    private final SurveyResponseRepository responses;
    private final CannedResponseRepository cannedResponses;
    private final InquiryService inquiries;
    private final CustomerNoticeService notices;
    private final RuntimeService runtime;
    private final TimeSource time;
    private final SurveyProperties settings;
    private final InquiryDeskProperties properties;
    private final KoreanTextAnalysis text;

    public SurveyService(SurveyInvitationRepository invitations, SurveyResponseRepository responses,
                         CannedResponseRepository cannedResponses, InquiryService inquiries,
                         CustomerNoticeService notices, RuntimeService runtime, TimeSource time,
                         SurveyProperties settings, InquiryDeskProperties properties, KoreanTextAnalysis text) {
        this.text = text;
        this.invitations = invitations;
        this.responses = responses;
        this.cannedResponses = cannedResponses;
        this.inquiries = inquiries;
        this.notices = notices;
        this.runtime = runtime;
        this.time = time;
        this.settings = settings;
        this.properties = properties;
    }

    /**
     * Starts the survey of a just-resolved inquiry, crediting the agent who resolved it (the inquiry's
     * assignee when the process does not know). A reopened
     * inquiry resolved again was already asked, so it is not asked twice.
     *
     * @return whether a survey was started
     */
    @Override
    @Transactional
    public boolean startSurvey(long inquiryId, String resolvedBy) {
        if (invitations.existsByInquiryId(inquiryId)) {
            return false;
        }
        Inquiry inquiry = inquiries.get(inquiryId);
        String agent = resolvedBy != null ? resolvedBy : inquiry.getAssignee();
        invitations.save(new SurveyInvitation(inquiryId, agent, inquiry.getChannel(), time.now()));
        runtime.startProcessInstanceByKey(SatisfactionSurvey.PROCESS_KEY, inquiry.getCode(),
                SurveyVariables.start(inquiryId, inquiry.getCode(), inquiry.getCustomerId(), inquiry.getChannel().name(),
                        agent, settings.emailDelay()));
        return true;
    }

    /** Sends the invitation in the inquiry's channel and opens the answer window; returns when it closes. */
    @Transactional
    public Instant sendInvitation(long inquiryId) {
        SurveyInvitation invitation = invitation(inquiryId);
        Instant now = time.now();
        Instant expiresAt = now.plus(settings.expiry());
        invitation.sent(now, expiresAt);
        Inquiry inquiry = inquiries.get(inquiryId);
        String expires = DAY.format(expiresAt.atZone(properties.zone()));
        // Staff read the conversation and the outbox: the one shows the link without a token, the other
        // holds a placeholder that becomes a freshly issued link when the message is delivered.
        notices.send(inquiryId, SURVEY_INVITATION,
                Map.of("surveyUrl", surveyUrl(inquiry), "expiresAt", expires),
                Map.of("surveyUrl", SURVEY_LINK_PLACEHOLDER, "expiresAt", expires));
        return expiresAt;
    }

    /**
     * A link that opens this inquiry's survey: a fresh random token whose hash replaces the previous one,
     * valid until the invitation expires. Once the survey is answered or expired, the plain address.
     */
    @Transactional
    public String issueLink(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        return invitations.findByInquiryId(inquiryId)
                .filter(invitation -> invitation.isOpenAt(time.now()))
                .map(invitation -> {
                    String token = AccessTokens.newToken();
                    invitation.issueToken(AccessTokens.hash(token));
                    invitations.save(invitation);
                    return surveyUrl(inquiry) + "?t=" + token;
                })
                .orElse(surveyUrl(inquiry));
    }

    /** Whether the token is this inquiry's survey token and the survey can still be answered. */
    @Transactional(readOnly = true)
    public boolean acceptsSurveyToken(Inquiry inquiry, String token) {
        return token != null && invitations.findByInquiryId(inquiry.getId())
                .filter(invitation -> invitation.acceptsToken(token, time.now()))
                .isPresent();
    }

    @Transactional
    public void expire(long inquiryId) {
        SurveyInvitation invitation = invitation(inquiryId);
        if (invitation.getStatus() == SurveyInvitationStatus.SENT) {
            invitation.expired(time.now());
        }
    }

    /**
     * Stores the customer's answer, credited to the agent on the invitation, and tells the survey
     * process. Everything is one transaction: if the process no longer waits (it just expired), nothing is kept.
     */
    @Transactional
    public SurveyAnswered answer(Inquiry inquiry, SurveyAnswerRequest answer) {
        SurveyInvitation invitation = invitations.findByInquiryId(inquiry.getId())
                .orElseThrow(() -> SurveyNotPendingException.notSent(inquiry.getCode()));
        Instant now = time.now();
        switch (invitation.getStatus()) {
            case ANSWERED -> throw SurveyNotPendingException.alreadyAnswered(inquiry.getCode());
            case EXPIRED -> throw SurveyNotPendingException.expired(inquiry.getCode());
            case SCHEDULED -> throw SurveyNotPendingException.notSent(inquiry.getCode());
            case SENT -> {
                if (!invitation.isOpenAt(now)) {
                    throw SurveyNotPendingException.expired(inquiry.getCode());
                }
            }
        }
        SurveyResponse response = responses.save(new SurveyResponse(inquiry.getId(), invitation.getAgent(), answer, now));
        invitation.answered(now);
        invitations.saveAndFlush(invitation);
        try {
            runtime.createMessageCorrelation(SatisfactionSurvey.MSG_SURVEY_ANSWERED)
                    .processInstanceBusinessKey(inquiry.getCode())
                    .setVariable(SurveyVariables.SURVEY_RESPONSE_ID, response.getId())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw SurveyNotPendingException.expired(inquiry.getCode());
        }
        return new SurveyAnswered(inquiry.getCode(), now, "소중한 의견 감사합니다. 더 나은 상담으로 보답하겠습니다.");
    }

    /** The link shown with the inquiry while its survey can be answered. */
    @Transactional(readOnly = true)
    public Optional<String> pendingSurveyUrl(Inquiry inquiry) {
        return invitations.findByInquiryId(inquiry.getId())
                .filter(invitation -> invitation.isOpenAt(time.now()))
                .map(invitation -> surveyUrl(inquiry));
    }

    /** The decision's inputs for a stored answer; the comment is read for complaints here, not in the DMN. */
    @Transactional(readOnly = true)
    public FollowUpInputs followUpInputs(long surveyResponseId) {
        SurveyResponse response = response(surveyResponseId);
        return new FollowUpInputs(response.getCsat(), response.getCes(), response.getNps(),
                text.complaint(response.getComment()));
    }

    @Transactional(readOnly = true)
    public BestAnswerContext bestAnswerContext(long inquiryId, long surveyResponseId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        SurveyResponse response = response(surveyResponseId);
        List<String> replies = inquiries.conversation(inquiryId).stream()
                .filter(message -> message.getDirection() == MessageDirection.AGENT)
                .map(InquiryMessage::getBody)
                .toList();
        String allReplies = replies.size() == 1 ? replies.get(0) : String.join("\n\n---\n\n", replies);
        return new BestAnswerContext(
                (inquiry.getCategory() == null ? Category.OTHER : inquiry.getCategory()).label(),
                limit(allReplies),
                response.getComment() == null ? "(의견 없음)" : response.getComment(),
                properties.deskLink(inquiry.getCode()),
                inquiry.getSubject(),
                limit(replies.isEmpty() ? "" : replies.get(replies.size() - 1)));
    }

    @Transactional
    public CannedResponse storeBestAnswer(long inquiryId, CannedResponse.Kind kind, String title, String body,
                                          String createdBy) {
        Inquiry inquiry = inquiries.get(inquiryId);
        return cannedResponses.save(new CannedResponse(kind, title.strip(), body.strip(),
                inquiry.getCategory() == null ? null : inquiry.getCategory().name(), inquiryId, createdBy, time.now()));
    }

    /** The survey page's address without any token: what staff may see, and what the customer's own pages show. */
    private String surveyUrl(Inquiry inquiry) {
        return properties.publicBaseUrl() + "/portal/survey/" + inquiry.getCode();
    }

    private SurveyInvitation invitation(long inquiryId) {
        return invitations.findByInquiryId(inquiryId)
                .orElseThrow(() -> new IllegalStateException("no survey invitation for inquiry " + inquiryId));
    }

    private SurveyResponse response(long surveyResponseId) {
        return responses.findById(surveyResponseId)
                .orElseThrow(() -> new IllegalStateException("no survey response " + surveyResponseId));
    }

    private static String limit(String text) {
        return text.length() <= FORM_TEXT_LIMIT ? text : text.substring(0, FORM_TEXT_LIMIT) + "\n…(이하 생략, 전체 대화에서 확인)";
    }
}
