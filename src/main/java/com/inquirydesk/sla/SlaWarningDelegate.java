package com.inquirydesk.sla;

import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_WarnResponseSla: 80 % of the response budget is gone. */
@Component("slaWarningDelegate")
public class SlaWarningDelegate implements JavaDelegate {

    private final SlaService sla;
    private final SlaNoticeService notices;

    public SlaWarningDelegate(SlaService sla, SlaNoticeService notices) {
        this.sla = sla;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long inquiryId = InquiryVariables.of(execution).inquiryId();
        if (sla.warn(inquiryId)) {
            notices.warnResponsible(inquiryId);
        }
    }
}
