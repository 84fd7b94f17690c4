package com.inquirydesk.survey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code inquiry-desk.survey}. An e-mail invitation waits {@code emailDelay} so that it
 * does not land in the same minute as the answer it asks about; chat, web and app customers are still
 * on the page, so they are asked right away. Unanswered invitations lapse after {@code expiry}.
 */
@ConfigurationProperties("inquiry-desk.survey")
public record SurveyProperties(@DefaultValue("PT1H") Duration emailDelay,
                               @DefaultValue("P7D") Duration expiry) {
}
