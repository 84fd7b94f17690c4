package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_HandleEscalation deleted without a decision: the respond step it was raised for ended (the agent
 * answered, handed the inquiry on, or the customer closed it). The supervisor's queue loses the task and
 * the inquiry's notes say why, so a late decision cannot change an inquiry that no longer waits for it.
 */
@Component("escalationClosedListener")
public class EscalationClosedListener implements TaskListener {

    static final String NOTE = "[에스컬레이션] 요청했던 답변 단계가 끝나(상담원 답변·이관 또는 고객 종료) 관리자 조치 요청을 닫았습니다.";

    private final InquiryService inquiries;

    public EscalationClosedListener(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public void notify(DelegateTask task) {
        inquiries.addNote(InquiryVariables.of(task.getExecution()).inquiryId(), NOTE, null);
    }
}
