package com.inquirydesk.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareBestAnswerReview: puts the praised replies and the customer's words in front of the supervisor. */
@Component("prepareBestAnswerReviewDelegate")
public class PrepareBestAnswerReviewDelegate implements JavaDelegate {

    private final SurveyService surveys;

    public PrepareBestAnswerReviewDelegate(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = SurveyVariables.of(execution);
        vars.setBestAnswerContext(surveys.bestAnswerContext(vars.inquiryId(), vars.surveyResponseId()));
    }
}
