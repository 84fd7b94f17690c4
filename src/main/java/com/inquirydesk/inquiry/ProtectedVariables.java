package com.inquirydesk.inquiry;

import java.util.Date;
import com.inquirydesk.system.TaskCompletionRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Completing a task of inquiryLifecycle may set the form's fields, nothing the process owns. The inquiry a
 * task belongs to is the one named by the process instance's business key; the variables that point at it
 * or steer the process (which inquiry and customer, which group, when the answer is due) must still say
 * what the inquiry row (or the task itself) says, otherwise the completion is refused with a message Tasklist shows, and
 * nothing of it is kept.
 */
@Component
public class ProtectedVariables {

    private final InquiryService inquiries;

    public ProtectedVariables(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    public void requireUnchanged(DelegateTask task) {
        var execution = task.getExecution();
        InquiryIdentity inquiry = inquiries.identity(execution.getProcessBusinessKey());
        require(InquiryVariables.INQUIRY_ID, sameNumber(execution.getVariable(InquiryVariables.INQUIRY_ID), inquiry.id()));
        require(InquiryVariables.INQUIRY_CODE, inquiry.code().equals(execution.getVariable(InquiryVariables.INQUIRY_CODE)));
        require(InquiryVariables.CUSTOMER_ID,
                sameNumber(execution.getVariable(InquiryVariables.CUSTOMER_ID), inquiry.customerId()));
        Object due = execution.getVariable(InquiryVariables.RESPONSE_DUE);
        require(InquiryVariables.RESPONSE_DUE, inquiry.responseDueAt() == null || due == null
                || due instanceof Date date && date.getTime() == inquiry.responseDueAt().toEpochMilli());
    }

    /** The group the respond task was offered to is the group the process routes to. */
    public void requireOfferedGroup(DelegateTask task) {
        Object group = task.getExecution().getVariable(InquiryVariables.CANDIDATE_GROUP);
        require(InquiryVariables.CANDIDATE_GROUP, task.getCandidates().stream()
                .anyMatch(link -> link.getGroupId() != null && link.getGroupId().equals(group)));
    }

    private static boolean sameNumber(Object value, long expected) {
        return value instanceof Number number && number.longValue() == expected;
    }

    private static void require(String variable, boolean unchanged) {
        if (!unchanged) {
            throw TaskCompletionRefusal.refuse(("'%s'은(는) 문의 처리 과정이 정하는 값이라 작업을 완료하면서 바꿀 수 없습니다. "
                    + "양식의 입력란만 채워 다시 완료해 주세요.").formatted(variable));
        }
    }
}
