package com.inquirydesk.sla;

import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckResponseClock, the first step of every respond step: the respond task and its SLA timers take
 * their times from the inquiry's running response clock. A clock that already ran out (after a breach, a
 * transfer or an escalation) or that had stopped starts afresh, so a new respond task never breaches at once.
 */
@Component("responseClockDelegate")
public class ResponseClockDelegate implements JavaDelegate {

    private final SlaService sla;

    public ResponseClockDelegate(SlaService sla) {
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        ResponseClock clock = sla.runningClock(vars.inquiryId());
        vars.setResponseClock(clock.dueAt(), clock.warnAt());
    }
}
