package com.inquirydesk.triage;

import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.sla.ResponseClock;
import com.inquirydesk.sla.SlaService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordTriage: keeps the result of DMN inquiryTriage and starts the first-response clock. */
@Component("recordTriageDelegate")
public class RecordTriageDelegate implements JavaDelegate {

    private final TriageService triage;
    private final SlaService sla;

    public RecordTriageDelegate(TriageService triage, SlaService sla) {
        this.triage = triage;
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        Map<String, Object> result = vars.triage();
        Priority priority = Priority.valueOf((String) result.get("priority"));
        String slaPolicy = (String) result.get("slaPolicy");
        triage.recordTriage(vars.inquiryId(), priority, slaPolicy);
        vars.setTriageOutcome(priority, slaPolicy);
        ResponseClock clock = sla.startFirstResponse(vars.inquiryId());
        vars.setResponseClock(clock.dueAt(), clock.warnAt());
    }
}
