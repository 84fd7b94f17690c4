package com.inquirydesk.voc;

import com.inquirydesk.system.CurrentStaff;
import com.inquirydesk.security.SupportGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordCustomerContact: the outcome on the VOC item, the supervisor's note in the inquiry. */
@Component("recordCustomerContactDelegate")
public class RecordCustomerContactDelegate implements JavaDelegate {

    private final VocService voc;

    public RecordCustomerContactDelegate(VocService voc) {
        this.voc = voc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = VocVariables.of(execution);
        voc.recordContact(vars.vocItemId(), vars.contactResult(), vars.contactNote(),
                CurrentStaff.userIdOr(execution, SupportGroups.SUPERVISORS));
        // The note now lives in the inquiry; free text is not kept in the engine's tables.
        execution.removeVariable(VocVariables.CONTACT_NOTE);
    }
}
