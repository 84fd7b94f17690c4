package com.inquirydesk.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.notification.MovedClock;
import com.inquirydesk.notification.OutboxMessage;
import com.inquirydesk.notification.OutboxProperties;
import com.inquirydesk.notification.OutboxRelay;
import com.inquirydesk.notification.OutboxRepository;
import com.inquirydesk.notification.Transport;
import com.inquirydesk.system.TimeSource;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/** A mail server that is down: the notice waits in the outbox and goes out exactly once when the server is back. */
@IntegrationTest
class MailDeliveryIT {

    @Autowired
    OutboxRepository outbox;

    @Autowired
    MailThreadRepository threads;

    @Autowired
    InquiryService inquiries;

    @Autowired
    MailProperties mail;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TimeSource time;

    @Test
    void noticeStaysQueuedWhileSmtpIsDownAndIsSentExactlyOnceAfterItIsBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        var senders = new StaticListableBeanFactory(Map.of("sender", sender)).getBeanProvider(JavaMailSender.class);
        EmailTransport email = new EmailTransport(senders, mail, threads, inquiries, transactions, time);
        OutboxRelay relay = new OutboxRelay(outbox, List.of(email), transactions, time,
                new OutboxProperties(false, Duration.ofSeconds(5), 5, Duration.ofSeconds(30), Duration.ofMinutes(2), 50, null));
        OutboxMessage notice = new OutboxMessage(null, Channel.EMAIL, Transport.EMAIL, "outage@example.kr", "REMINDER",
                "답변을 기다리고 있습니다.", time.now());
        notice.setSubject("[INQ-20261202-000042] 문의 안내");
        long id = outbox.save(notice).getId();

        assertThat(relay.relay(List.of(id))).isZero();
        OutboxMessage waiting = outbox.findById(id).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(OutboxMessage.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).isNotBlank();

        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            assertThat(relay.relay(List.of(id))).as("still backing off").isZero();
            assertThat(server.getReceivedMessages()).isEmpty();

            MovedClock.by(Duration.ofSeconds(31), () -> assertThat(relay.relay(List.of(id))).isEqualTo(1));
            MovedClock.by(Duration.ofMinutes(10), () -> assertThat(relay.relay(List.of(id))).isZero());

            assertThat(server.getReceivedMessages()).hasSize(1);
            assertThat(server.getReceivedMessages()[0].getSubject()).isEqualTo("[INQ-20261202-000042] 문의 안내");
            assertThat(server.getReceivedMessages()[0].getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
            assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(OutboxMessage.SENT);
        } finally {
            server.stop();
        }
    }
}
