package com.inquirydesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real port and a real database. Every integration test uses exactly
 * this configuration so that they share one application context (and one process engine).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The embedded mail server takes free ports; tests drive the outbox relay and the mailbox poller themselves.
        "inquiry-desk.mail.embedded.smtp-port=0", "inquiry-desk.mail.embedded.imap-port=0",
        "inquiry-desk.outbox.relay-enabled=false", "inquiry-desk.mail.inbound.enabled=false",
        "inquiry-desk.channels.it-messenger.secret=it-messenger-secret",
        // Hundreds of inquiries come from this host; the abuse-limit tests name their clients with X-Forwarded-For.
        "inquiry-desk.rate-limit.unlimited-addresses=127.0.0.1,0:0:0:0:0:0:0:1"})
@ActiveProfiles(resolver = DatabaseProfiles.class)
public @interface IntegrationTest {
}
