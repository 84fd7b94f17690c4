package com.inquirydesk.sla;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.system.InquiryDeskProperties;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * When the customer may expect the first answer: the SLA policy's first-response target counted
 * from the moment the inquiry arrived. Targets per policy come from configuration.
 */
@Service
public class ResponseTargets {

    private final InquiryDeskProperties properties;

    public ResponseTargets(InquiryDeskProperties properties) {
        this.properties = properties;
    }

    public Instant firstResponseDue(Inquiry inquiry) {
        Duration target = properties.sla().firstResponse()
                .getOrDefault(inquiry.getSlaPolicy(), properties.sla().defaultFirstResponse());
        return inquiry.getCreatedAt().plus(target);
    }
}
