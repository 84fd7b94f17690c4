package com.inquirydesk.triage;

import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.inquiry.Priority;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordTriage: keeps the result of DMN inquiryTriage on the inquiry and as plain variables. */
@Component("recordTriageDelegate")
public class RecordTriageDelegate implements JavaDelegate {

    private final TriageService triage;

    public RecordTriageDelegate(TriageService triage) {
        this.triage = triage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        Map<String, Object> result = vars.triage();
        Priority priority = Priority.valueOf((String) result.get("priority"));
        String slaPolicy = (String) result.get("slaPolicy");
        Instant firstResponseDue = triage.recordTriage(vars.inquiryId(), priority, slaPolicy);
        vars.setTriageOutcome(priority, slaPolicy, firstResponseDue);
    }
}
