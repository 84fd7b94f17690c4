package com.inquirydesk.knowledge;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completion of Task_UpdateGuideDocument: remembers who wrote the guide, so that the history row names
 * the editor even when the publishing step runs later in a job without the user's authentication.
 * Local to the task's scope, so parallel guide tasks of the weekly review keep their own editor.
 */
@Component("guideEditorListener")
public class GuideEditorListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String editor = authentication != null && authentication.getUserId() != null
                ? authentication.getUserId() : task.getAssignee();
        if (editor != null) {
            task.getExecution().setVariableLocal(ApplyGuideUpdateDelegate.GUIDE_EDITOR, editor);
        }
    }
}
