package com.inquirydesk.notification.mail;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With the embedded server on, outbound mail goes to it and the support mailbox is read from it;
 * otherwise Spring Boot's {@code spring.mail.*} sender and {@code inquiry-desk.mail.imap.*} apply.
 */
@Configuration
class MailConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnProperty(name = "inquiry-desk.mail.embedded.enabled", havingValue = "true")
    EmbeddedMailServer embeddedMailServer(MailProperties properties) {
        return new EmbeddedMailServer(properties);
    }

    @Bean
    @ConditionalOnProperty(name = "inquiry-desk.mail.embedded.enabled", havingValue = "true")
    JavaMailSenderImpl embeddedMailSender(EmbeddedMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.smtpPort());
        sender.setDefaultEncoding("UTF-8");
        Properties settings = sender.getJavaMailProperties();
        settings.put("mail.smtp.connectiontimeout", "5000");
        settings.put("mail.smtp.timeout", "10000");
        return sender;
    }

    @Bean
    SupportMailbox supportMailbox(MailProperties properties,
                                  org.springframework.beans.factory.ObjectProvider<EmbeddedMailServer> embedded) {
        EmbeddedMailServer server = embedded.getIfAvailable();
        MailProperties.Imap imap = properties.imap();
        String user = imap.username() != null ? imap.username() : properties.supportAddress();
        String password = imap.password() != null ? imap.password() : properties.supportAddress();
        return server != null
                ? new SupportMailbox("imap", "127.0.0.1", server.imapPort(), user, password)
                : new SupportMailbox(imap.protocol(), imap.host(), imap.port(), user, password);
    }
}
