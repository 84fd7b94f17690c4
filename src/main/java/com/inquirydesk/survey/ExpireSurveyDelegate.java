package com.inquirydesk.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ExpireSurvey: an unanswered invitation lapses; later answers are refused. */
@Component("expireSurveyDelegate")
public class ExpireSurveyDelegate implements JavaDelegate {

    private final SurveyService surveys;

    public ExpireSurveyDelegate(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        surveys.expire(SurveyVariables.of(execution).inquiryId());
    }
}
