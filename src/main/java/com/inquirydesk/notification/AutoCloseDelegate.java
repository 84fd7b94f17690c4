package com.inquirydesk.notification;

import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AutoClose: no answer after the reminder; the inquiry closes with a polite notice. */
@Component("autoCloseDelegate")
public class AutoCloseDelegate implements JavaDelegate {

    static final String REASON = "NO_RESPONSE";

    private final InquiryService inquiries;
    private final CustomerNoticeService notices;

    public AutoCloseDelegate(InquiryService inquiries, CustomerNoticeService notices) {
        this.inquiries = inquiries;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long inquiryId = InquiryVariables.of(execution).inquiryId();
        notices.send(inquiryId, CustomerNoticeService.AUTO_CLOSE_NOTICE, Map.of());
        inquiries.close(inquiryId, REASON);
    }
}
