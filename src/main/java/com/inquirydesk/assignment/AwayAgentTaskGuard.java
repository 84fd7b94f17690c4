package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A respond task that is created for an agent who is away or offline (a customer's reply returns to "their" agent)
 * is routed again instead: to another available agent of the group with room, or to the group queue. Routing and
 * the return after an agent request already ask {@link AssignmentService}; this covers the paths that reuse the
 * previous assignee directly, without changing the lifecycle diagram.
 */
@Component
class AwayAgentTaskGuard {

    private final AgentProfileRepository agents;
    private final AssignmentService assignments;

    AwayAgentTaskGuard(AgentProfileRepository agents, AssignmentService assignments) {
        this.agents = agents;
        this.assignments = assignments;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                || !InquiryLifecycle.TASK_RESPOND.equals(task.getTaskDefinitionKey()) || task.getAssignee() == null) {
            return;
        }
        boolean away = agents.findByUserIdIn(List.of(task.getAssignee())).stream()
                .anyMatch(agent -> agent.getStatus() != AgentStatus.AVAILABLE);
        if (!away) {
            return;
        }
        var vars = InquiryVariables.of(task.getExecution());
        String chosen = assignments.assign(vars.inquiryId(), vars.candidateGroup());
        vars.setAssignee(chosen);
        task.setAssignee(chosen);
    }
}
