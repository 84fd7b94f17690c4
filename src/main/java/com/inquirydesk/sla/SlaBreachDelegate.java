package com.inquirydesk.sla;

import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.inquiry.Priority;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordSlaBreach: the answer is overdue. The breach is recorded, the inquiry and its open
 * respond task move up one priority step, and the responsible people hear about it.
 */
@Component("slaBreachDelegate")
public class SlaBreachDelegate implements JavaDelegate {

    private final SlaService sla;
    private final SlaNoticeService notices;

    public SlaBreachDelegate(SlaService sla, SlaNoticeService notices) {
        this.sla = sla;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        Priority raised = sla.breach(vars.inquiryId());
        vars.setPriority(raised);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND).list()
                .forEach(task -> tasks.setPriority(task.getId(), raised.taskPriority()));
        notices.reportBreach(vars.inquiryId());
    }
}
