package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.system.EngineAuthorization;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Task_HandleAgentRequest (event sub-process on Msg_AgentRequested): the inquiry, its variables and any
 * open respond task move up in priority (the task's priority expression is read only when a task is
 * created, so a task that already exists is changed directly). Where the process waits on the customer
 * (or in the reopen window) nobody would get work from that alone, so the process is told a person was
 * requested: its conditional events there bring the inquiry back to an agent, due at the promised time.
 */
@Component("agentRequestedDelegate")
public class AgentRequestedDelegate implements JavaDelegate {

    /**
     * Set on the event sub-process by whoever correlates the message and already told the customer a
     * time (the API answers with it), so the notice in the conversation quotes the same time.
     */
    public static final String EXPECTED_BY = "agentRequestExpectedBy";
    /** The promised time, kept on the process for Task_ReturnToPerson. */
    static final String PERSON_PROMISED_BY = "personPromisedBy";

    private final AgentRequestService agentRequests;

    public AgentRequestedDelegate(AgentRequestService agentRequests) {
        this.agentRequests = agentRequests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        // The request may arrive inside a staff member's command; finding and changing the task is the process's business.
        List<Task> open = EngineAuthorization.asProcess(() -> tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND)
                .list());
        String assignee = open.stream().map(Task::getAssignee).filter(Objects::nonNull).findFirst()
                .orElse(vars.assignee());

        var handled = agentRequests.handle(vars.inquiryId(), assignee, vars.candidateGroup(), promisedBy(execution));

        var processVars = InquiryVariables.of(execution.getProcessInstance());
        processVars.setPriority(handled.priority());
        EngineAuthorization.asProcess(() -> {
            open.forEach(task -> tasks.setPriority(task.getId(), handled.priority().taskPriority()));
            return null;
        });
        if (waitsOnCustomer(execution)) {
            execution.getProcessInstance().setVariable(PERSON_PROMISED_BY, Date.from(handled.expectedBy()));
            processVars.setPersonRequested(true);
        }
    }

    private static boolean waitsOnCustomer(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        return EngineAuthorization.asProcess(() -> InquiryLifecycle.CUSTOMER_WAITS.stream().anyMatch(wait ->
                runtime.createExecutionQuery().processInstanceId(execution.getProcessInstanceId())
                        .activityId(wait).count() > 0));
    }

    private static Instant promisedBy(DelegateExecution execution) {
        return execution.getVariable(EXPECTED_BY) instanceof Date promised ? promised.toInstant() : null;
    }
}
