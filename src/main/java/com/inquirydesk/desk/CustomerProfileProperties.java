package com.inquirydesk.desk;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The words supervisors may file a customer under. Tiers are the ones DMN {@code inquiryTriage} reads; segments
 * are the ones knowledge-base articles can be aimed at ({@code kb_article.segment}), so both stay one vocabulary.
 */
@ConfigurationProperties("inquiry-desk.customer-profile")
public record CustomerProfileProperties(
        @DefaultValue({"STANDARD", "VIP"}) List<String> tiers,
        @DefaultValue({"clinic", "clinic-first-visit", "clinic-grooming", "shop", "personal"}) List<String> segments) {
}
