package com.inquirydesk.survey;

import com.inquirydesk.system.CurrentStaff;
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
            reviewer = CurrentStaff.userId(task);
        }
        task.setVariable(SurveyVariables.REVIEWED_BY, reviewer);
    }
}
