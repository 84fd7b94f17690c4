package com.inquirydesk.intake.phone;

import com.inquirydesk.audit.AuditService;
import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.system.TaskCompletionRefusal;
import com.inquirydesk.intake.IntakeService;
import com.inquirydesk.intake.NewInquiryRequest;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phone calls an agent logs from Tasklist become inquiries through the same intake as every channel
 * (customer matching, triage, SLA, routing, acknowledgement, survey). The phone number was heard by the
 * agent, so it identifies the caller; still, as everywhere, a match is used as it is: what the caller says
 * about their name never changes a known customer's record, it is left as a note for the agent.
 */
@Service
public class PhoneInquiryService {

    static final int SUBJECT_LIMIT = 200;
    /** Engine string variables hold 4,000 characters, and the form's text passes through them. */
    static final int TEXT_LIMIT = 4000;
    static final int NAME_LIMIT = 100;
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{7,32}");

    private final IntakeService intake;
    private final InquiryService inquiries;
    private final CustomerService customers;
    private final AuditService audit;
    private final TaskService tasks;

    public PhoneInquiryService(IntakeService intake, InquiryService inquiries, CustomerService customers,
                               AuditService audit, TaskService tasks) {
        this.intake = intake;
        this.inquiries = inquiries;
        this.customers = customers;
        this.audit = audit;
        this.tasks = tasks;
    }

    public record Registered(long inquiryId, String code) {
    }

    /** Registers the call as an inquiry on channel PHONE; refuses a form that misses what the desk needs. */
    @Transactional
    public Registered register(PhoneCall call, String agent) {
        Category category = validate(call);
        var contact = new NewInquiryRequest.CustomerContact(null, call.phone().strip(), blankToNull(call.callerName()), null);
        var request = new NewInquiryRequest(Channel.PHONE, contact, category, call.subject().strip(), call.notes().strip(), "ko");
        // The agent on the call vouches for the caller (the number on the line, questions asked), so the call
        // joins the customer with that phone number like a mail from a known address does.
        String code = intake.receive(request, null, "tasklist", true).created().code();
        Inquiry inquiry = inquiries.getByCode(code);
        Customer customer = customers.get(inquiry.getCustomerId());
        String statedName = blankToNull(call.callerName());
        if (statedName != null && !statedName.strip().equals(customer.getName())) {
            inquiries.addNote(inquiry.getId(), "통화자가 밝힌 이름은 '%s'입니다. 전화번호로 찾은 고객 정보의 이름(%s)은 바꾸지 않았습니다. "
                    .formatted(statedName.strip(), customer.getName() == null ? "없음" : customer.getName())
                    + "같은 사람이 아니라면 고객 정보를 확인해 주세요.", agent);
        }
        audit.record(agent, "tasklist", "PHONE_INQUIRY_LOGGED", customer.getId(), "inquiry", code,
                "channel=PHONE resolvedOnCall=" + call.resolvedOnCall());
        return new Registered(inquiry.getId(), code);
    }

    /**
     * Answers the inquiry with what the agent told the caller and resolves it, through the respond task like
     * any answer (so the reply is recorded and credited, the SLA met and the survey sent). The task appears
     * once the intake's asynchronous steps have routed the inquiry; until then this fails and the job retries.
     *
     * @return false when there is nothing to answer any more (merged into an open inquiry, or already closed)
     */
    @Transactional
    public boolean resolveOnCall(long inquiryId, String summary, String agent) {
        Inquiry inquiry = inquiries.get(inquiryId);
        if (inquiry.getStatus() == InquiryStatus.MERGED) {
            inquiries.addNote(inquiry.getMergedIntoId(), "전화(%s)로 안내한 내용: %s".formatted(inquiry.getCode(), summary), agent);
            return false;
        }
        if (!inquiry.getStatus().isActive()) {
            return false;
        }
        Task respond = tasks.createTaskQuery().processInstanceBusinessKey(inquiry.getCode())
                .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND).singleResult();
        if (respond == null) {
            throw new IllegalStateException("the respond task of " + inquiry.getCode() + " is not created yet");
        }
        tasks.setAssignee(respond.getId(), agent);
        tasks.complete(respond.getId(), Map.of(
                InquiryVariables.REPLY, summary,
                InquiryVariables.OUTCOME, InquiryLifecycle.OUTCOME_RESOLVED));
        return true;
    }

    private static Category validate(PhoneCall call) {
        if (call.phone() == null || call.phone().isBlank()) {
            throw refuse("고객 전화번호(callerPhone)를 입력해 주세요.");
        }
        if (!PHONE.matcher(call.phone().strip()).matches()) {
            throw refuse("고객 전화번호(callerPhone) 형식이 올바르지 않습니다. 예: 010-1234-5678");
        }
        if (call.callerName() != null && call.callerName().strip().length() > NAME_LIMIT) {
            throw refuse("고객 이름(callerName)은 %d자까지 입력할 수 있습니다.".formatted(NAME_LIMIT));
        }
        Category category;
        try {
            category = Category.valueOf(call.category() == null ? "" : call.category().strip());
        } catch (IllegalArgumentException unknown) {
            throw refuse("문의 분류(category)를 선택해 주세요.");
        }
        if (call.subject() == null || call.subject().isBlank()) {
            throw refuse("제목(subject)을 입력해 주세요.");
        }
        if (call.subject().strip().length() > SUBJECT_LIMIT) {
            throw refuse("제목(subject)은 %d자까지 입력할 수 있습니다.".formatted(SUBJECT_LIMIT));
        }
        if (call.notes() == null || call.notes().isBlank()) {
            throw refuse("통화 내용(callNotes)을 입력해 주세요.");
        }
        if (call.notes().length() > TEXT_LIMIT) {
            throw refuse("통화 내용(callNotes)은 %d자까지 입력할 수 있습니다.".formatted(TEXT_LIMIT));
        }
        if (call.resolvedOnCall() && (call.summary() == null || call.summary().isBlank())) {
            throw refuse("통화 중 해결했다면 고객에게 안내한 답변(callSummary)을 입력해 주세요.");
        }
        if (call.summary() != null && call.summary().length() > TEXT_LIMIT) {
            throw refuse("고객에게 안내한 답변(callSummary)은 %d자까지 입력할 수 있습니다.".formatted(TEXT_LIMIT));
        }
        return category;
    }

    /** Noted on the request too, so Tasklist gets 400 with the message rather than the engine's 500. */
    private static BadUserRequestException refuse(String message) {
        return TaskCompletionRefusal.refuse(message);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
