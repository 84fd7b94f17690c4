package com.inquirydesk.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * "My inquiries" sign-in: how long an e-mailed link works (once), how long the session it opens lasts, and
 * how many links one address may be sent per hour.
 */
@ConfigurationProperties("inquiry-desk.portal.my-inquiries")
public record MyInquiriesProperties(@DefaultValue("PT30M") Duration linkLifetime,
                                    @DefaultValue("PT1H") Duration sessionLifetime,
                                    @DefaultValue("3") int linksPerAddressPerHour) {

    public MyInquiriesProperties {
        if (linkLifetime.isNegative() || linkLifetime.isZero() || sessionLifetime.isNegative() || sessionLifetime.isZero()
                || linksPerAddressPerHour < 1) {
            throw new IllegalArgumentException("inquiry-desk.portal.my-inquiries: lifetimes and the hourly limit must be positive");
        }
    }
}
