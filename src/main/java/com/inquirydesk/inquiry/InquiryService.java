package com.inquirydesk.inquiry;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.system.ControlCharacters;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.PersonalDataMasker;
import com.inquirydesk.system.TimeSource;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inquiry's state and conversation; the process calls in here through its delegates. */
@Service
public class InquiryService {

    /** Engine text variables hold at most 4000 characters; the form shows the start and links the rest. */
    static final int FORM_TEXT_LIMIT = 3500;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final InquiryRepository inquiries;
    private final InquiryMessageRepository messages;
    private final CustomerService customers;
    private final RuntimeService runtime;
    private final TimeSource time;
    private final InquiryDeskProperties properties;
    private final InquiryFieldValueRepository fieldValues;

    public InquiryService(InquiryRepository inquiries, InquiryMessageRepository messages, CustomerService customers,
                          RuntimeService runtime, TimeSource time, InquiryDeskProperties properties,
                          InquiryFieldValueRepository fieldValues) {
        this.fieldValues = fieldValues;
        this.inquiries = inquiries;
        this.messages = messages;
        this.customers = customers;
        this.runtime = runtime;
        this.time = time;
        this.properties = properties;
    }

    public Inquiry get(long inquiryId) {
        return inquiries.findById(inquiryId).orElseThrow(() -> new IllegalStateException("no inquiry " + inquiryId));
    }

    public Inquiry getByCode(String code) {
        return inquiries.findByCode(code).orElseThrow(() -> new InquiryNotFoundException(code));
    }

    /** The trusted facts about the inquiry a process instance belongs to (its business key is the code). */
    @Transactional(readOnly = true)
    public InquiryIdentity identity(String code) {
        Inquiry inquiry = getByCode(code);
        return new InquiryIdentity(inquiry.getId(), inquiry.getCode(), inquiry.getCustomerId(),
                inquiry.getResponseDueAt());
    }

    public List<InquiryMessage> conversation(long inquiryId) {
        return messages.findByInquiryIdOrderByCreatedAtAscIdAsc(inquiryId);
    }

    @Transactional
    public InquiryMessage append(Inquiry inquiry, MessageDirection direction, Channel channel, String body, String author) {
        // Replies from Tasklist and mail reach the conversation without passing our request input; clean them here.
        return messages.save(new InquiryMessage(inquiry.getId(), direction, channel, ControlCharacters.strip(body),
                author, time.now()));
    }

    /**
     * A customer writes again. The message is kept in the conversation first; then the process decides:
     * where it waits for a reply (waiting on the customer, the reopen window) the reply wakes it; anywhere
     * else the message stays pending and the next respond task shows it (Task_AwaitCustomer also looks for
     * it, so a reply that came while the engine was between steps is not mistaken for silence). Only an
     * inquiry whose process has ended refuses the reply. A merged inquiry forwards to the one it joined.
     */
    @Transactional
    public Inquiry receiveCustomerReply(Inquiry inquiry, Channel channel, String body) {
        Inquiry target = inquiry;
        while (target.getStatus() == InquiryStatus.MERGED && target.getMergedIntoId() != null) {
            target = get(target.getMergedIntoId());
        }
        append(target, MessageDirection.CUSTOMER, channel, PersonalDataMasker.maskIdentifiers(body), null);
        // No status check: at most one reply subscription exists per instance, and "none" is an answer, not an error.
        boolean woken = !runtime.createMessageCorrelation(InquiryLifecycle.MSG_CUSTOMER_REPLIED)
                .processInstanceBusinessKey(target.getCode())
                .correlateAllWithResult()
                .isEmpty();
        if (!woken) {
            ProcessInstance running = runtime.createProcessInstanceQuery()
                    .processDefinitionKey(InquiryLifecycle.PROCESS_KEY)
                    .processInstanceBusinessKey(target.getCode())
                    .singleResult();
            if (running == null) {
                throw new InquiryClosedException(target.getCode());
            }
            runtime.setVariable(running.getId(), InquiryVariables.CUSTOMER_MESSAGE, pendingCustomerText(target));
        }
        return target;
    }

    /** True when the customer wrote after the latest agent answer, i.e. the answer is owed again. */
    @Transactional(readOnly = true)
    public boolean customerWroteSinceLastAnswer(long inquiryId) {
        boolean pending = false;
        for (InquiryMessage message : conversation(inquiryId)) {
            if (message.getDirection() == MessageDirection.AGENT) {
                pending = false;
            } else if (message.getDirection() == MessageDirection.CUSTOMER) {
                pending = true;
            }
        }
        return pending;
    }

    @Transactional
    public void recordReply(long inquiryId, String reply, String author) {
        Inquiry inquiry = get(inquiryId);
        append(inquiry, MessageDirection.AGENT, inquiry.getChannel(), reply, author);
        inquiry.recordAgentResponse(time.now());
    }

    @Transactional
    public void addNote(long inquiryId, String note, String author) {
        Inquiry inquiry = get(inquiryId);
        append(inquiry, MessageDirection.NOTE, inquiry.getChannel(), note, author);
    }

    @Transactional
    public void changeStatus(long inquiryId, InquiryStatus status) {
        Inquiry inquiry = get(inquiryId);
        if (status == InquiryStatus.CLOSED) {
            inquiry.close(inquiry.getResolvedAt() != null ? "RESOLVED" : "CLOSED", time.now());
        } else {
            inquiry.changeStatus(status, time.now());
        }
    }

    /** Ends the inquiry early for the reason the process names; the first close and its reason stand. */
    @Transactional
    public void close(long inquiryId, String reason) {
        Inquiry inquiry = get(inquiryId);
        if (inquiry.getStatus() != InquiryStatus.CLOSED) {
            inquiry.close(reason, time.now());
        }
    }

    /** The customer is back: waiting ends, or a resolved inquiry reopens for the agent who answered. */
    @Transactional
    public void customerReturned(long inquiryId) {
        Inquiry inquiry = get(inquiryId);
        if (inquiry.getStatus() == InquiryStatus.RESOLVED) {
            inquiry.reopen(time.now());
        } else {
            inquiry.changeStatus(InquiryStatus.OPEN, time.now());
        }
    }

    /** The context the respond form shows; computed fresh each time the task is created. */
    @Transactional(readOnly = true)
    public RespondContext respondContext(long inquiryId) {
        Inquiry inquiry = get(inquiryId);
        Customer customer = customers.get(inquiry.getCustomerId());
        return new RespondContext(
                inquiry.getCategory() == null ? Category.OTHER.label() : inquiry.getCategory().label(),
                customer.getSegment() == null ? "구분 없음" : customer.getSegment(),
                historySummary(inquiry),
                pendingCustomerText(inquiry),
                properties.deskLink(inquiry.getCode()),
                limit(fieldValues.describe(inquiryId)));
    }

    private String historySummary(Inquiry inquiry) {
        List<Inquiry> earlier = inquiries.findByCustomerIdAndIdNotOrderByCreatedAtDesc(inquiry.getCustomerId(), inquiry.getId());
        if (earlier.isEmpty()) {
            return "이전 문의 없음 (첫 문의)";
        }
        StringBuilder summary = new StringBuilder("이전 문의 %d건".formatted(earlier.size()));
        earlier.stream().filter(i -> i.getAssignee() != null).findFirst()
                .ifPresent(last -> summary.append(", 최근 담당자 ").append(last.getAssignee()));
        summary.append('\n');
        earlier.stream().limit(5).forEach(i -> summary.append("- ")
                .append(DATE.format(i.getCreatedAt().atZone(properties.zone()))).append(' ')
                .append(i.getCode()).append(" [")
                .append(i.getCategory() == null ? Category.OTHER.label() : i.getCategory().label()).append("] ")
                .append(i.getSubject()).append(" (").append(i.getStatus()).append(")\n"));
        return limit(summary.toString().strip());
    }

    /** Everything the customer wrote since the last agent answer, oldest first, with the subject on top. */
    String pendingCustomerText(Inquiry inquiry) {
        List<InquiryMessage> all = conversation(inquiry.getId());
        List<String> pending = new ArrayList<>();
        for (InquiryMessage message : all) {
            if (message.getDirection() == MessageDirection.AGENT) {
                pending.clear();
            } else if (message.getDirection() == MessageDirection.CUSTOMER) {
                pending.add(message.getBody());
            }
        }
        String text = (pending.size() == all.stream().filter(m -> m.getDirection() == MessageDirection.CUSTOMER).count()
                ? "제목: " + inquiry.getSubject() + "\n\n" : "") + String.join("\n\n", pending);
        return limit(text);
    }

    private static String limit(String text) {
        if (text.length() <= FORM_TEXT_LIMIT) {
            return text;
        }
        int cut = FORM_TEXT_LIMIT;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "\n… (전체 내용은 대화 기록에서 확인하세요)";
    }
}
