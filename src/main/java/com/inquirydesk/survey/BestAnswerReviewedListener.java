package com.inquirydesk.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing Task_ReviewBestAnswer: the supervisor who decided is the author of a kept reply. */
@Component("bestAnswerReviewedListener")
public class BestAnswerReviewedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String reviewer = task.getAssignee();
        if (reviewer == null) {
            // Completed through the REST API without a claim: the caller decided.
            var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            reviewer = authentication == null ? null : authentication.getUserId();
        }
        task.setVariable(SurveyVariables.REVIEWED_BY, reviewer);
    }
}
