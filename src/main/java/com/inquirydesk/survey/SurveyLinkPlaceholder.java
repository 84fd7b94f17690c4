package com.inquirydesk.survey;

import com.inquirydesk.notification.DeliveryPlaceholders;
import com.inquirydesk.notification.OutboxMessage;
import org.springframework.stereotype.Component;

/** The survey invitation leaves with a link carrying a survey token issued for this very delivery. */
@Component
class SurveyLinkPlaceholder implements DeliveryPlaceholders {

    private final SurveyService surveys;

    SurveyLinkPlaceholder(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public String fill(OutboxMessage message, String payload) {
        if (payload == null || message.getInquiryId() == null
                || !payload.contains(SurveyService.SURVEY_LINK_PLACEHOLDER)) {
            return payload;
        }
        return payload.replace(SurveyService.SURVEY_LINK_PLACEHOLDER, surveys.issueLink(message.getInquiryId()));
    }
}
