package com.inquirydesk.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StoreBestAnswer: the supervisor's edited reply joins the manual or the canned responses. */
@Component("storeBestAnswerDelegate")
public class StoreBestAnswerDelegate implements JavaDelegate {

    private final SurveyService surveys;

    public StoreBestAnswerDelegate(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = SurveyVariables.of(execution);
        CannedResponse.Kind kind = switch (vars.bestAnswerDecision()) {
            case SatisfactionSurvey.DECISION_ADD_TO_MANUAL -> CannedResponse.Kind.MANUAL;
            case SatisfactionSurvey.DECISION_ADD_TO_CANNED_RESPONSES -> CannedResponse.Kind.CANNED_RESPONSE;
            default -> throw new IllegalStateException("nothing to store for decision " + vars.bestAnswerDecision());
        };
        surveys.storeBestAnswer(vars.inquiryId(), kind, vars.bestAnswerTitle(), vars.bestAnswerBody(), vars.reviewedBy());
        vars.clearBestAnswerText();
    }
}
