package com.inquirydesk.triage;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.text.KoreanTextAnalysis;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every customer message after the first for discomfort. The first upset message of an inquiry gets
 * the apology with the direct route to an agent; the inquiry's discomfort mark then says it was given, so a
 * customer who stays upset is not apologised to again and again (nor twice when the first message was upset).
 */
@Service
public class FollowUpDiscomfort {

    private final KoreanTextAnalysis text;
    private final CustomerNoticeService notices;

    public FollowUpDiscomfort(KoreanTextAnalysis text, CustomerNoticeService notices) {
        this.text = text;
        this.notices = notices;
    }

    /** Returns whether the apology was sent now. */
    @Transactional
    public boolean apologiseOnceIfUpset(Inquiry inquiry, String message) {
        if (inquiry.isDiscomfort() || !text.discomfort(message)) {
            return false;
        }
        inquiry.markDiscomfort(true);
        notices.send(inquiry.getId(), MessageTemplateService.DISCOMFORT_APOLOGY, Map.of());
        return true;
    }
}
