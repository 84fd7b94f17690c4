package com.inquirydesk.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordSurveyAnswer: the stored answer becomes the inputs of decision surveyFollowUp. */
@Component("recordSurveyAnswerDelegate")
public class RecordSurveyAnswerDelegate implements JavaDelegate {

    private final SurveyService surveys;

    public RecordSurveyAnswerDelegate(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = SurveyVariables.of(execution);
        vars.setFollowUpInputs(surveys.followUpInputs(vars.surveyResponseId()));
    }
}
