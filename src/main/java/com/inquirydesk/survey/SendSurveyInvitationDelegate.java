package com.inquirydesk.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendSurveyInvitation: the invitation goes out and the answer window's end drives the expiry timer. */
@Component("sendSurveyInvitationDelegate")
public class SendSurveyInvitationDelegate implements JavaDelegate {

    private final SurveyService surveys;

    public SendSurveyInvitationDelegate(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = SurveyVariables.of(execution);
        vars.setExpiresAt(surveys.sendInvitation(vars.inquiryId()));
    }
}
