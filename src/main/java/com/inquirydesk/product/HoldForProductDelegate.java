package com.inquirydesk.product;

import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.sla.ResponseClockPauses;
import com.inquirydesk.sla.SlaPause;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_HoldForProduct: the agent needs the product team. The inquiry is ON_HOLD with its response clock
 * paused, reported to the feature's hand-off (joined or started), and the customer hears why the answer waits.
 */
@Component("holdForProductDelegate")
public class HoldForProductDelegate implements JavaDelegate {

    public static final String PRODUCT_HOLD_NOTICE = "PRODUCT_HOLD_NOTICE";

    private final InquiryService inquiries;
    private final ResponseClockPauses clocks;
    private final ProductHold hold;
    private final CustomerNoticeService notices;

    public HoldForProductDelegate(InquiryService inquiries, ResponseClockPauses clocks, ProductHold hold,
                                  CustomerNoticeService notices) {
        this.inquiries = inquiries;
        this.clocks = clocks;
        this.hold = hold;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        long inquiryId = vars.inquiryId();
        inquiries.changeStatus(inquiryId, InquiryStatus.ON_HOLD);
        clocks.pause(inquiryId, SlaPause.PRODUCT_INPUT);
        vars.setHeldForFeedbackId(hold.handOff(inquiryId, vars.productFeature().strip()));
        notices.send(inquiryId, PRODUCT_HOLD_NOTICE, Map.of());
    }
}
