package com.inquirydesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code inquiry-desk.security.*}. The per-account login delay is the engine's own
 * ({@code camunda.bpm.generic-properties.properties.login-delay-*}); this adds the per-address side.
 */
@ConfigurationProperties("inquiry-desk.security")
record SecurityProperties(@DefaultValue("20") int failedLoginsPerAddress) {
}
