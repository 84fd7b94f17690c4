package com.inquirydesk.voc;

import java.util.Set;
import com.inquirydesk.system.TaskCompletionRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of Task_ReviewVoc: a review without a known root cause or action, or a product issue
 * without the feature it is about, is refused with a message Tasklist shows; the task stays open.
 */
@Component("vocReviewCompletionListener")
public class VocReviewCompletionListener implements TaskListener {

    static final Set<String> ROOT_CAUSES = Set.of(VocReview.ROOT_CAUSE_AGENT_HANDLING, VocReview.ROOT_CAUSE_GUIDE_MISSING,
            VocReview.ROOT_CAUSE_PRODUCT_DEFECT, VocReview.ROOT_CAUSE_POLICY, VocReview.ROOT_CAUSE_OTHER);
    static final Set<String> ACTIONS = Set.of(VocReview.ACTION_UPDATE_GUIDE, VocReview.ACTION_PRODUCT_ISSUE,
            VocReview.ACTION_COACH_AGENT, VocReview.ACTION_NONE);

    @Override
    public void notify(DelegateTask task) {
        var vars = VocVariables.of(task.getExecution());
        if (vars.rootCause() == null || !ROOT_CAUSES.contains(vars.rootCause())) {
            throw TaskCompletionRefusal.refuse(
                    "근본 원인(rootCause)을 선택해 주세요: agent-handling, guide-missing, product-defect, policy, other");
        }
        if (vars.vocAction() == null || !ACTIONS.contains(vars.vocAction())) {
            throw TaskCompletionRefusal.refuse("후속 조치(vocAction)를 선택해 주세요: updateGuide, productIssue, coachAgent, none");
        }
        if (VocReview.ACTION_PRODUCT_ISSUE.equals(vars.vocAction())
                && (vars.featureKey() == null || vars.featureKey().isBlank())) {
            throw TaskCompletionRefusal.refuse("제품팀에 넘길 기능(featureKey)을 입력해 주세요.");
        }
    }
}
