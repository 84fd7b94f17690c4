package com.inquirydesk.product;

import java.util.Set;
import com.inquirydesk.system.TaskCompletionRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of Task_TriageProductFeedback: refuses a triage the process could not act on. Tasklist
 * shows the message and keeps the form; the REST API gets the same refusal.
 */
@Component("triageTaskCompletionListener")
public class TriageTaskCompletionListener implements TaskListener {

    static final Set<String> DECISIONS = Set.of(ProductHandoff.DECISION_ACCEPTED, ProductHandoff.DECISION_PLANNED,
            ProductHandoff.DECISION_DECLINED, ProductHandoff.DECISION_NEED_INFO, ProductHandoff.DECISION_RELEASED);

    // Column sizes of product_feedback.
    static final int TARGET_RELEASE_LENGTH = 50;
    static final int ANSWER_LENGTH = 2000;

    @Override
    public void notify(DelegateTask task) {
        var vars = ProductHandoffVariables.of(task.getExecution());
        String decision = vars.decision();
        if (decision == null || !DECISIONS.contains(decision)) {
            throw TaskCompletionRefusal.refuse(
                    "검토 결과(decision)를 선택해 주세요: accepted, planned, declined, needInfo, released");
        }
        boolean namesRelease = decision.equals(ProductHandoff.DECISION_PLANNED)
                || decision.equals(ProductHandoff.DECISION_RELEASED);
        if (namesRelease && vars.targetRelease() == null) {
            throw TaskCompletionRefusal.refuse("반영 예정이거나 배포된 릴리스(targetRelease)를 입력해 주세요.");
        }
        boolean owesExplanation = decision.equals(ProductHandoff.DECISION_DECLINED)
                || decision.equals(ProductHandoff.DECISION_NEED_INFO);
        if (owesExplanation && vars.answer() == null) {
            throw TaskCompletionRefusal.refuse("반영하지 않는 이유나 더 필요한 정보를 답변(answer)에 적어 주세요.");
        }
        if (vars.targetRelease() != null && vars.targetRelease().length() > TARGET_RELEASE_LENGTH) {
            throw TaskCompletionRefusal.refuse("릴리스(targetRelease)는 " + TARGET_RELEASE_LENGTH + "자까지 입력할 수 있습니다.");
        }
        if (vars.answer() != null && vars.answer().length() > ANSWER_LENGTH) {
            throw TaskCompletionRefusal.refuse("답변(answer)은 " + ANSWER_LENGTH + "자까지 입력할 수 있습니다.");
        }
    }
}
