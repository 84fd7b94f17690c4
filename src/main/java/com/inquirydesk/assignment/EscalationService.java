package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.system.EngineAuthorization;
import com.inquirydesk.system.TimeSource;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a supervisor decides on an overdue inquiry: another agent, another group, taking it over, or a note. */
@Service
public class EscalationService {

    public enum Action { reassignAgent, reassignGroup, takeOver, noteOnly }

    private final InquiryService inquiries;
    private final AssignmentService assignments;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TimeSource time;

    public EscalationService(InquiryService inquiries, AssignmentService assignments, TaskService tasks,
                             IdentityService identity, TimeSource time) {
        this.time = time;
        this.inquiries = inquiries;
        this.assignments = assignments;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Returns the agent now responsible (null: the group queue), or the unchanged one for a note. */
    @Transactional
    public Decision apply(long inquiryId, String processInstanceId, Action action, String agent, String group,
                          String note, String supervisor) {
        Inquiry inquiry = inquiries.get(inquiryId);
        if (note != null && !note.isBlank()) {
            inquiries.addNote(inquiryId, "[에스컬레이션] " + note.strip(), supervisor);
        }
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND).list();
        String group0 = inquiry.getCandidateGroup();
        if (open.isEmpty()) {
            // Nothing waits for an answer any more: a late decision leaves the inquiry as it is.
            return new Decision(inquiry.getAssignee(), group0);
        }
        return switch (action) {
            case noteOnly -> new Decision(inquiry.getAssignee(), group0);
            case takeOver -> reassign(inquiry, open, supervisor, group0);
            case reassignAgent -> {
                if (agent == null || EngineAuthorization.asProcess(
                        () -> identity.createUserQuery().userId(agent).count()) == 0) {
                    throw new BadUserRequestException("재배정할 상담원(escalationAgent)이 없습니다: " + agent);
                }
                yield reassign(inquiry, open, agent, group0);
            }
            case reassignGroup -> {
                if (group == null || group.isBlank()) {
                    throw new BadUserRequestException("재배정할 그룹(escalationGroup)을 선택해 주세요.");
                }
                open.forEach(task -> {
                    tasks.getIdentityLinksForTask(task.getId()).stream()
                            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                            .forEach(link -> tasks.deleteCandidateGroup(task.getId(), link.getGroupId()));
                    tasks.addCandidateGroup(task.getId(), group);
                });
                String chosen = assignments.assign(inquiryId, group);
                open.forEach(task -> tasks.setAssignee(task.getId(), chosen));
                yield new Decision(chosen, group);
            }
        };
    }

    private Decision reassign(Inquiry inquiry, List<Task> open, String agent, String group) {
        open.forEach(task -> tasks.setAssignee(task.getId(), agent));
        inquiry.assign(group, agent, time.now());
        return new Decision(agent, group);
    }

    public record Decision(String assignee, String candidateGroup) {
    }
}
