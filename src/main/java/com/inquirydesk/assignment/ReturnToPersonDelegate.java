package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.sla.ResponseClock;
import com.inquirydesk.sla.SlaService;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ReturnToPerson: the customer asked for a person while the process waited on them. The inquiry is
 * open again, for the agent who answered last when that agent is available, otherwise for the group, and
 * the answer is due at the time the customer was promised.
 */
@Component("returnToPersonDelegate")
public class ReturnToPersonDelegate implements JavaDelegate {

    private final InquiryService inquiries;
    private final AssignmentService assignments;
    private final SlaService sla;

    public ReturnToPersonDelegate(InquiryService inquiries, AssignmentService assignments, SlaService sla) {
        this.inquiries = inquiries;
        this.assignments = assignments;
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        vars.setPersonRequested(false);
        long inquiryId = vars.inquiryId();
        inquiries.customerReturned(inquiryId);
        vars.setAssignee(assignments.keepIfAvailable(inquiryId, vars.candidateGroup(), vars.assignee()));
        Instant promisedBy = ((Date) execution.getVariable(AgentRequestedDelegate.PERSON_PROMISED_BY)).toInstant();
        ResponseClock clock = sla.personRequested(inquiryId, promisedBy);
        vars.setResponseClock(clock.dueAt(), clock.warnAt());
        execution.removeVariable(AgentRequestedDelegate.PERSON_PROMISED_BY);
    }
}
