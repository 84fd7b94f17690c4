package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.system.EngineAuthorization;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Task_HandleAgentRequest (event sub-process on Msg_AgentRequested): the inquiry, its variables and
 * any open respond task move up in priority; the task's priority expression is read only when a task
 * is created, so a task that already exists is changed directly.
 */
@Component("agentRequestedDelegate")
public class AgentRequestedDelegate implements JavaDelegate {

    /**
     * Set on the event sub-process by whoever correlates the message and already told the customer a
     * time (the API answers with it), so the notice in the conversation quotes the same time.
     */
    public static final String EXPECTED_BY = "agentRequestExpectedBy";

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

        InquiryVariables.of(execution.getProcessInstance()).setPriority(handled.priority());
        EngineAuthorization.asProcess(() -> {
            open.forEach(task -> tasks.setPriority(task.getId(), handled.priority().taskPriority()));
            return null;
        });
    }

    private static Instant promisedBy(DelegateExecution execution) {
        return execution.getVariable(EXPECTED_BY) instanceof Date promised ? promised.toInstant() : null;
    }
}
