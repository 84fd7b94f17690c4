package com.inquirydesk.voc;

import com.inquirydesk.system.CurrentStaff;
import com.inquirydesk.security.SupportGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseVocItem: the action is done; a coaching note, when there is one, is kept with the inquiry. */
@Component("closeVocItemDelegate")
public class CloseVocItemDelegate implements JavaDelegate {

    private final VocService voc;

    public CloseVocItemDelegate(VocService voc) {
        this.voc = voc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = VocVariables.of(execution);
        voc.close(vars.vocItemId(), vars.coachingNote(), CurrentStaff.userIdOr(execution, SupportGroups.SUPERVISORS));
        execution.removeVariable(VocVariables.COACHING_NOTE);
    }
}
