package com.inquirydesk.survey;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartVocReview: an unhappy answer starts its own VOC review. It is a separate process rather
 * than a call activity so that the review (which can run for weeks) does not keep the survey open,
 * and it is reached by key only, so the survey does not depend on the VOC code.
 */
@Component("startVocReviewDelegate")
public class StartVocReviewDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var vars = SurveyVariables.of(execution);
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
                SatisfactionSurvey.VOC_REVIEW_PROCESS_KEY, vars.inquiryCode(), Map.of(
                        SurveyVariables.INQUIRY_ID, vars.inquiryId(),
                        SurveyVariables.INQUIRY_CODE, vars.inquiryCode(),
                        SurveyVariables.CUSTOMER_ID, vars.customerId(),
                        SurveyVariables.SURVEY_RESPONSE_ID, vars.surveyResponseId()));
    }
}
