package com.inquirydesk.intake.channel;

import com.inquirydesk.TestInquiries;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * An agent answers a respond task as in Tasklist. When every agent of the group is at capacity (a long
 * test run leaves many inquiries assigned) the task waits in the group queue; then a member claims it.
 */
public final class AgentAnswers {

    private AgentAnswers() {
    }

    /** Returns the agent who answered. */
    public static String reply(TaskService tasks, IdentityService identity, Task respond, String reply) {
        return answer(tasks, identity, respond, reply, InquiryLifecycle.OUTCOME_REPLIED);
    }

    /** Answers with the given outcome ({@code replied}, {@code resolved} …); returns the agent who answered. */
    public static String answer(TaskService tasks, IdentityService identity, Task respond, String reply, String outcome) {
        String agent = respond.getAssignee();
        if (agent == null) {
            String group = tasks.getIdentityLinksForTask(respond.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).findFirst().orElseThrow();
            agent = identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().get(0).getId();
            tasks.claim(respond.getId(), agent);
        }
        String answering = agent;
        TestInquiries.asUser(identity, answering, () -> tasks.complete(respond.getId(),
                Map.of("reply", reply, "outcome", outcome)));
        return agent;
    }
}
