package com.inquirydesk.intake;

import com.inquirydesk.assignment.AgentProfile;
import com.inquirydesk.assignment.AgentProfileRepository;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryMessage;
import com.inquirydesk.inquiry.InquiryNotFoundException;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.MessageDirection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer access to one inquiry, guarded by its access token. */
@Service
public class CustomerInquiryService {

    private final InquiryRepository inquiries;
    private final InquiryService inquiryService;
    private final AgentProfileRepository agents;

    public CustomerInquiryService(InquiryRepository inquiries, InquiryService inquiryService,
                                  AgentProfileRepository agents) {
        this.inquiries = inquiries;
        this.inquiryService = inquiryService;
        this.agents = agents;
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
                null);
    }

    @Transactional
    public Inquiry reply(String code, String token, String body) {
        Inquiry inquiry = authorised(code, token);
        return inquiryService.receiveCustomerReply(inquiry, inquiry.getChannel(), body.strip());
    }

    /** A wrong token answers like an unknown code, so codes cannot be probed. */
    private Inquiry authorised(String code, String token) {
        Inquiry inquiry = inquiries.findByCode(code).orElseThrow(() -> new InquiryNotFoundException(code));
        if (!AccessTokens.matches(token, inquiry.getAccessTokenHash())) {
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
