package com.inquirydesk.notification;

import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.inquiry.InquiryClock;
import com.inquirydesk.system.InquiryDeskProperties;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendReminder: one polite reminder, naming when the inquiry will close without an answer. */
@Component("sendReminderDelegate")
public class SendReminderDelegate implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M월 d일(E) a h시", Locale.KOREAN);

    private final CustomerNoticeService notices;
    private final InquiryClock sla;
    private final InquiryDeskProperties properties;

    public SendReminderDelegate(CustomerNoticeService notices, InquiryClock sla, InquiryDeskProperties properties) {
        this.notices = notices;
        this.sla = sla;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        Instant autoCloseAt = sla.autoCloseAfterReminder();
        notices.send(vars.inquiryId(), CustomerNoticeService.REMINDER,
                Map.of("autoCloseAt", DAY.format(autoCloseAt.atZone(properties.zone()))));
        vars.setAutoCloseAt(autoCloseAt);
    }
}
