package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.ProtectedVariables;
import com.inquirydesk.system.EngineAuthorization;
import java.util.Arrays;
import java.util.Set;
import com.inquirydesk.system.TaskCompletionRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of Task_HandleEscalation: a decision the process could not carry out (no action, an
 * unknown one, an agent or group that does not exist) is refused with a message Tasklist shows, before
 * anything changes; so is a completion that tries to change what the process owns.
 */
@Component("escalationTaskCompletionListener")
public class EscalationTaskCompletionListener implements TaskListener {

    static final Set<String> GROUPS = Set.of("agents-general", "agents-billing", "agents-returns", "agents-contracts",
            "agents-tech", "tier2");

    private final ProtectedVariables protectedVariables;

    public EscalationTaskCompletionListener(ProtectedVariables protectedVariables) {
        this.protectedVariables = protectedVariables;
    }

    @Override
    public void notify(DelegateTask task) {
        protectedVariables.requireUnchanged(task);
        Object action = task.getExecution().getVariable(EscalationDecisionDelegate.ACTION);
        if (!(action instanceof String chosen)
                || Arrays.stream(EscalationService.Action.values()).noneMatch(a -> a.name().equals(chosen))) {
            throw TaskCompletionRefusal.refuse(
                    "조치(escalationAction)를 선택해 주세요: reassignAgent, reassignGroup, takeOver, noteOnly");
        }
        switch (EscalationService.Action.valueOf(chosen)) {
            case reassignAgent -> {
                Object agent = task.getExecution().getVariable(EscalationDecisionDelegate.AGENT);
                boolean known = agent instanceof String id && !id.isBlank() && EngineAuthorization.asProcess(() ->
                        task.getProcessEngineServices().getIdentityService().createUserQuery().userId(id).count()) > 0;
                if (!known) {
                    throw TaskCompletionRefusal.refuse("재배정할 상담원(escalationAgent)을 정확히 입력해 주세요: "
                            + (agent == null ? "입력 없음" : agent));
                }
            }
            case reassignGroup -> {
                Object group = task.getExecution().getVariable(EscalationDecisionDelegate.GROUP);
                if (!(group instanceof String id) || !GROUPS.contains(id)) {
                    throw TaskCompletionRefusal.refuse("재배정할 그룹(escalationGroup)을 목록에서 선택해 주세요.");
                }
            }
            case noteOnly -> {
                Object note = task.getExecution().getVariable(EscalationDecisionDelegate.NOTE);
                if (!(note instanceof String text) || text.isBlank()) {
                    throw TaskCompletionRefusal.refuse("메모만 남기려면 메모(escalationNote)를 입력해 주세요.");
                }
            }
            case takeOver -> { }
        }
    }
}
