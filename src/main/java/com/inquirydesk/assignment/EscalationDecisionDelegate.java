package com.inquirydesk.assignment;

import com.inquirydesk.system.CurrentStaff;
import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyEscalationDecision: carries out what the supervisor chose in Task_HandleEscalation. */
@Component("escalationDecisionDelegate")
public class EscalationDecisionDelegate implements JavaDelegate {

    static final String ACTION = "escalationAction";
    static final String AGENT = "escalationAgent";
    static final String GROUP = "escalationGroup";
    static final String NOTE = "escalationNote";

    private final EscalationService escalations;

    public EscalationDecisionDelegate(EscalationService escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        String action = (String) execution.getVariable(ACTION);
        EscalationService.Decision decision = escalations.apply(vars.inquiryId(), execution.getProcessInstanceId(),
                EscalationService.Action.valueOf(action == null ? "noteOnly" : action),
                (String) execution.getVariable(AGENT), (String) execution.getVariable(GROUP),
                (String) execution.getVariable(NOTE), supervisor(execution));
        vars.setAssignee(decision.assignee());
        vars.setCandidateGroup(decision.candidateGroup());
    }

    /** The supervisor who completed Task_HandleEscalation: this step runs inside their completion. */
    private static String supervisor(DelegateExecution execution) {
        return CurrentStaff.userId(execution);
    }
}
