package com.inquirydesk.voc;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordVocReview: root cause and chosen action on the VOC item. */
@Component("recordVocReviewDelegate")
public class RecordVocReviewDelegate implements JavaDelegate {

    private final VocService voc;

    public RecordVocReviewDelegate(VocService voc) {
        this.voc = voc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = VocVariables.of(execution);
        voc.recordReview(vars.vocItemId(), vars.rootCause(), vars.vocAction());
    }
}
