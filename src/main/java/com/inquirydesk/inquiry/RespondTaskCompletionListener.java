package com.inquirydesk.inquiry;

import com.inquirydesk.system.CurrentStaff;
import java.util.Set;
import com.inquirydesk.system.TaskCompletionRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of Task_RespondToInquiry: refuses an answer the process could not act on, or one that
 * tries to change what the process owns (Tasklist shows the message and keeps the form), and remembers
 * who answered: the user who completed the task, so the reply is credited to them and the customer's next
 * reply returns to them.
 */
@Component("respondTaskCompletionListener")
public class RespondTaskCompletionListener implements TaskListener {

    static final Set<String> OUTCOMES = Set.of(InquiryLifecycle.OUTCOME_REPLIED, InquiryLifecycle.OUTCOME_RESOLVED,
            InquiryLifecycle.OUTCOME_TRANSFER, InquiryLifecycle.OUTCOME_ESCALATE,
            InquiryLifecycle.OUTCOME_NEEDS_PRODUCT_INPUT);

    /** A product feature key as the product team files them: lower-case words joined by hyphens. */
    static final java.util.regex.Pattern PRODUCT_FEATURE = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final Set<String> TRANSFER_GROUPS = Set.of("agents-general", "agents-billing", "agents-returns",
            "agents-contracts", "agents-tech");

    private final ProtectedVariables protectedVariables;

    public RespondTaskCompletionListener(ProtectedVariables protectedVariables) {
        this.protectedVariables = protectedVariables;
    }

    @Override
    public void notify(DelegateTask task) {
        protectedVariables.requireUnchanged(task);
        protectedVariables.requireOfferedGroup(task);
        var vars = InquiryVariables.of(task.getExecution());
        String outcome = vars.outcome();
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw TaskCompletionRefusal.refuse("처리 결과(outcome)를 선택해 주세요: replied, resolved, transfer, escalate, needsProductInput");
        }
        boolean answersCustomer = outcome.equals(InquiryLifecycle.OUTCOME_REPLIED)
                || outcome.equals(InquiryLifecycle.OUTCOME_RESOLVED);
        if (answersCustomer && (vars.reply() == null || vars.reply().isBlank())) {
            throw TaskCompletionRefusal.refuse("고객에게 보낼 답변(reply)을 입력해 주세요.");
        }
        if (outcome.equals(InquiryLifecycle.OUTCOME_TRANSFER)
                && (vars.transferGroup() == null || !TRANSFER_GROUPS.contains(vars.transferGroup()))) {
            throw TaskCompletionRefusal.refuse("이관할 그룹(transferGroup)을 선택해 주세요.");
        }
        if (outcome.equals(InquiryLifecycle.OUTCOME_NEEDS_PRODUCT_INPUT) && (vars.productFeature() == null
                || vars.productFeature().length() > 100 || !PRODUCT_FEATURE.matcher(vars.productFeature()).matches())) {
            throw TaskCompletionRefusal.refuse(
                    "제품팀에 확인할 기능(productFeature)을 영문 소문자·숫자와 하이픈으로 입력해 주세요 (예: app-login).");
        }
        vars.setAssignee(answeredBy(task));
    }

    /** The authenticated user of the completion; the task's assignee only where nobody is authenticated (engine-internal calls). */
    static String answeredBy(DelegateTask task) {
        return CurrentStaff.userIdOr(task, task.getAssignee());
    }
}
