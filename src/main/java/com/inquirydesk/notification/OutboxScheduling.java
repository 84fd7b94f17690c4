package com.inquirydesk.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox relay and the mail poller run on Spring's scheduler. */
@Configuration
@EnableScheduling
class OutboxScheduling {
}
