package com.inquirydesk.audit.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link RetentionService#nightly()} on its cron. */
@Configuration
@EnableScheduling
class RetentionScheduling {
}
