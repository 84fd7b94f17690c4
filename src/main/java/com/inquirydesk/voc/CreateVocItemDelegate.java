package com.inquirydesk.voc;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_CreateVocItem: keywords and tone of the survey comment become a VOC item; its context goes to the forms,
 * and the contact clock starts (the contact task's due date and its reminder timer).
 */
@Component("createVocItemDelegate")
public class CreateVocItemDelegate implements JavaDelegate {

    private final VocService voc;

    public CreateVocItemDelegate(VocService voc) {
        this.voc = voc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = VocVariables.of(execution);
        vars.setContext(voc.createFromSurvey(vars.inquiryId(), vars.surveyResponseId()));
        vars.setContactDue(ClockUtil.getCurrentTime().toInstant().plus(VocReview.CONTACT_SLA));
    }
}
