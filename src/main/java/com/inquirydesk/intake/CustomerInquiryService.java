package com.inquirydesk.intake;

import com.inquirydesk.inquiry.InquiryAccessKeys;
import com.inquirydesk.assignment.AgentProfile;
import com.inquirydesk.assignment.AgentProfileRepository;
import com.inquirydesk.assignment.AgentRequestService;
import com.inquirydesk.assignment.AgentRequestedDelegate;
import com.inquirydesk.audit.AuditService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryClosedException;
import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryMessage;
import com.inquirydesk.inquiry.InquiryNotFoundException;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.MessageDirection;
import com.inquirydesk.knowledge.KbArticleRepository;
import com.inquirydesk.ratelimit.AbuseLimits;
import com.inquirydesk.survey.SurveyAnswerRequest;
import com.inquirydesk.survey.SurveyAnswered;
import com.inquirydesk.survey.SurveyService;
import com.inquirydesk.triage.FollowUpDiscomfort;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer access to one inquiry, guarded by its access token. */
@Service
public class CustomerInquiryService {

    /** A resolved inquiry may still get a person: the answer may not have helped. */
    static final Set<InquiryStatus> AGENT_REQUEST_STATUSES = EnumSet.of(InquiryStatus.RECEIVED, InquiryStatus.OPEN,
            InquiryStatus.WAITING_CUSTOMER, InquiryStatus.ON_HOLD, InquiryStatus.RESOLVED);
    /** Ending early only makes sense while the company still owes an answer. */
    static final Set<InquiryStatus> EARLY_CLOSE_STATUSES = InquiryStatus.ACTIVE;

    private final InquiryRepository inquiries;
    private final InquiryService inquiryService;
    private final AgentProfileRepository agents;
    private final AgentRequestService agentRequests;
    private final KbArticleRepository articles;
    private final AuditService audit;
    private final RuntimeService runtime;
    private final SurveyService surveys;
    private final FollowUpDiscomfort followUpDiscomfort;
    private final AbuseLimits limits;
    private final InquiryAccessKeys accessKeys;

    public CustomerInquiryService(InquiryRepository inquiries, InquiryService inquiryService,
                                  AgentProfileRepository agents, AgentRequestService agentRequests,
                                  KbArticleRepository articles, AuditService audit, RuntimeService runtime,
                                  SurveyService surveys, FollowUpDiscomfort followUpDiscomfort, AbuseLimits limits,
                                  InquiryAccessKeys accessKeys) {
        this.limits = limits;
        this.accessKeys = accessKeys;
        this.inquiries = inquiries;
        this.inquiryService = inquiryService;
        this.agents = agents;
        this.agentRequests = agentRequests;
        this.articles = articles;
        this.audit = audit;
        this.runtime = runtime;
        this.surveys = surveys;
        this.followUpDiscomfort = followUpDiscomfort;
    }

    @Transactional(readOnly = true)
    public InquiryView view(String code, String token) {
        Inquiry inquiry = authorised(code, token);
        List<InquiryMessage> conversation = inquiryService.conversation(inquiry.getId()).stream()
                .filter(message -> message.getDirection().isPublic())
                .toList();
        Map<String, String> agentNames = agents.findByUserIdIn(conversation.stream()
                        .filter(m -> m.getDirection() == MessageDirection.AGENT && m.getAuthor() != null)
                        .map(InquiryMessage::getAuthor).distinct().toList())
                .stream().collect(Collectors.toMap(AgentProfile::getUserId, AgentProfile::getDisplayName));
        String mergedInto = inquiry.getMergedIntoId() == null ? null : inquiryService.get(inquiry.getMergedIntoId()).getCode();
        return new InquiryView(inquiry.getCode(), inquiry.getStatus().name(), inquiry.getChannel().name(),
                inquiry.getCategory() == null ? null : inquiry.getCategory().name(),
                inquiry.getCategory() == null ? null : inquiry.getCategory().label(),
                inquiry.getPriority().name(), inquiry.getSubject(), inquiry.getCreatedAt(),
                inquiry.getFirstResponseDueAt(), mergedInto,
                conversation.stream().map(message -> new InquiryView.MessageView(message.getDirection().name(),
                        message.getChannel().name(), authorLabel(message, agentNames), message.getBody(),
                        message.getCreatedAt())).toList(),
                surveys.pendingSurveyUrl(inquiry).orElse(null));
    }

    @Transactional
    public Inquiry reply(String code, String token, String body) {
        Inquiry inquiry = authorised(code, token);
        limits.admitReply(inquiry.getCode());
        Inquiry target = inquiryService.receiveCustomerReply(inquiry, inquiry.getChannel(), body.strip());
        followUpDiscomfort.apologiseOnceIfUpset(target, body);
        return target;
    }

    /** "Connect me to an agent": the process raises the priority and tells the customer the time returned here. */
    @Transactional
    public AgentRequestAccepted requestAgent(String code, String token, String sourceAddress) {
        Inquiry inquiry = authorised(code, token);
        limits.admitAgentRequest(inquiry.getCode());
        requireStatus(inquiry, AGENT_REQUEST_STATUSES, "상담원 연결을 요청");
        boolean repeated = agentRequests.withinCooldown(inquiry);
        Instant expectedBy = agentRequests.expectedBy(inquiry);
        correlate(InquiryLifecycle.MSG_AGENT_REQUESTED, inquiry,
                Map.of(AgentRequestedDelegate.EXPECTED_BY, Date.from(expectedBy)));
        audit.record(AuditService.CUSTOMER, sourceAddress, "AGENT_REQUESTED", inquiry.getCustomerId(), "inquiry",
                inquiry.getCode(), repeated ? "repeated" : null);
        // The process ran in this transaction: the row now shows where the inquiry went (e.g. back to an agent).
        return new AgentRequestAccepted(inquiry.getCode(), inquiry.getStatus().name(), expectedBy,
                agentRequests.promise(inquiry, expectedBy, repeated));
    }

    /** "This solved it": the inquiry closes as self-served; a named article is noted for the agents. */
    @Transactional
    public Inquiry resolvedBySelfService(String code, String token, String articleSlug, String sourceAddress) {
        Inquiry inquiry = authorised(code, token);
        requireStatus(inquiry, EARLY_CLOSE_STATUSES, "셀프서비스 해결로 종료");
        if (articleSlug != null) {
            articles.findBySlugAndStatus(articleSlug, "PUBLISHED").ifPresent(article -> inquiryService.addNote(
                    inquiry.getId(), "고객이 도움말 「%s」(%s)을(를) 보고 스스로 해결했다고 알려 주었습니다."
                            .formatted(article.getTitle(), article.getSlug()), null));
        }
        correlate(InquiryLifecycle.MSG_RESOLVED_BY_SELF_SERVICE, inquiry, Map.of());
        audit.record(AuditService.CUSTOMER, sourceAddress, "INQUIRY_SELF_RESOLVED", inquiry.getCustomerId(), "inquiry",
                inquiry.getCode(), articleSlug == null ? null : "article=" + articleSlug);
        return inquiry;
    }

    /** The customer no longer needs an answer; a reason they give stays in the conversation. */
    @Transactional
    public Inquiry withdraw(String code, String token, String reason, String sourceAddress) {
        Inquiry inquiry = authorised(code, token);
        requireStatus(inquiry, EARLY_CLOSE_STATUSES, "철회");
        if (reason != null && !reason.isBlank()) {
            inquiryService.append(inquiry, MessageDirection.CUSTOMER, inquiry.getChannel(), reason.strip(), null);
        }
        correlate(InquiryLifecycle.MSG_INQUIRY_WITHDRAWN, inquiry, Map.of());
        audit.record(AuditService.CUSTOMER, sourceAddress, "INQUIRY_WITHDRAWN", inquiry.getCustomerId(), "inquiry",
                inquiry.getCode(), null);
        return inquiry;
    }

    /**
     * What the survey page shows: the inquiry's code and subject, nothing of the conversation. Opened by the
     * survey's own token or by the inquiry's access token.
     */
    @Transactional(readOnly = true)
    public InquiryView surveyView(String code, String token) {
        Inquiry inquiry = authorisedForSurvey(code, token);
        return new InquiryView(inquiry.getCode(), inquiry.getStatus().name(), inquiry.getChannel().name(),
                inquiry.getCategory() == null ? null : inquiry.getCategory().name(),
                inquiry.getCategory() == null ? null : inquiry.getCategory().label(),
                inquiry.getPriority().name(), inquiry.getSubject(), inquiry.getCreatedAt(),
                inquiry.getFirstResponseDueAt(), null, List.of(), surveys.pendingSurveyUrl(inquiry).orElse(null));
    }

    /** The satisfaction survey's answer; taken once, while the invitation is open (survey or inquiry token). */
    @Transactional
    public SurveyAnswered answerSurvey(String code, String token, SurveyAnswerRequest answer, String sourceAddress) {
        Inquiry inquiry = authorisedForSurvey(code, token);
        SurveyAnswered answered = surveys.answer(inquiry, answer);
        audit.record(AuditService.CUSTOMER, sourceAddress, "SURVEY_ANSWERED", inquiry.getCustomerId(), "inquiry",
                inquiry.getCode(), null);
        return answered;
    }

    /** {@code action} completes "…할 수 없습니다" in the refusal. */
    private void requireStatus(Inquiry inquiry, Set<InquiryStatus> allowed, String action) {
        if (allowed.contains(inquiry.getStatus())) {
            return;
        }
        if (inquiry.getStatus() == InquiryStatus.MERGED && inquiry.getMergedIntoId() != null) {
            throw InquiryActionNotAllowedException.merged(inquiry.getCode(),
                    inquiryService.get(inquiry.getMergedIntoId()).getCode());
        }
        if (inquiry.getStatus() == InquiryStatus.RESOLVED) {
            throw InquiryActionNotAllowedException.alreadyAnswered(inquiry.getCode(), action);
        }
        throw new InquiryClosedException(inquiry.getCode());
    }

    /**
     * The status says the process listens, but it may be between steps that do not (or already ended
     * in a way the row does not show yet); the customer is asked to retry rather than shown an error.
     */
    private void correlate(String message, Inquiry inquiry, Map<String, Object> triggeredScopeVariables) {
        try {
            runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(inquiry.getCode())
                    .setVariablesToTriggeredScope(triggeredScopeVariables)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException notListening) {
            throw InquiryActionNotAllowedException.busy(inquiry.getCode());
        }
    }

    /** A wrong token answers like an unknown code, so codes cannot be probed. */
    private Inquiry authorised(String code, String token) {
        Inquiry inquiry = inquiries.findByCode(code).orElseThrow(() -> new InquiryNotFoundException(code));
        if (!accessKeys.opens(inquiry, token)) {
            throw new InquiryNotFoundException(code);
        }
        return inquiry;
    }

    /** The survey's own token opens the survey of its inquiry and nothing else; the inquiry's token opens it too. */
    private Inquiry authorisedForSurvey(String code, String token) {
        Inquiry inquiry = inquiries.findByCode(code).orElseThrow(() -> new InquiryNotFoundException(code));
        if (!accessKeys.opens(inquiry, token) && !surveys.acceptsSurveyToken(inquiry, token)) {
            throw new InquiryNotFoundException(code);
        }
        return inquiry;
    }

    private static String authorLabel(InquiryMessage message, Map<String, String> agentNames) {
        return switch (message.getDirection()) {
            case CUSTOMER -> "고객";
            case AGENT -> ("상담원 " + agentNames.getOrDefault(message.getAuthor(), "")).strip();
            case SYSTEM, NOTE -> "Inquiry Desk";
        };
    }
}
