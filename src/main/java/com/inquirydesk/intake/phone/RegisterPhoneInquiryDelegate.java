package com.inquirydesk.intake.phone;

import com.inquirydesk.system.CurrentStaff;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** Task_RegisterPhoneInquiry: the logged call becomes an inquiry; this instance is then known by its code. */
@Component("registerPhoneInquiryDelegate")
public class RegisterPhoneInquiryDelegate implements JavaDelegate {

    private final PhoneInquiryService phoneInquiries;

    public RegisterPhoneInquiryDelegate(PhoneInquiryService phoneInquiries) {
        this.phoneInquiries = phoneInquiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = PhoneIntakeVariables.of(execution);
        String agent = CurrentStaff.userIdOr(execution, "tasklist");
        PhoneCall call = vars.call();
        // The agent may start this process, not the inquiry lifecycle it starts on the customer's behalf:
        // that start is the intake's, as for a mail or a web form.
        var registered = Context.getCommandContext() == null ? phoneInquiries.register(call, agent)
                : Context.getCommandContext().runWithoutAuthorization(() -> phoneInquiries.register(call, agent));
        execution.setProcessBusinessKey(registered.code());
        vars.setRegistered(registered.inquiryId(), registered.code(), agent);
    }
}
