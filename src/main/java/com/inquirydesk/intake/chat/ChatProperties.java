package com.inquirydesk.intake.chat;

import com.inquirydesk.inquiry.Category;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code inquiry-desk.chat.*}: the menu's categories in the order shown (most asked
 * first) and how long a session may sit idle before the bot closes it.
 */
@ConfigurationProperties("inquiry-desk.chat")
public record ChatProperties(
        @DefaultValue({"BILLING", "RETURN", "TECHNICAL", "ACCOUNT", "CONTRACT", "GENERAL"}) List<Category> menu,
        @DefaultValue("PT10M") Duration idleTimeout) {
}
