package com.inquirydesk.intake.mail;

import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.intake.channel.ChannelIntake;
import com.inquirydesk.intake.channel.ChannelProof;
import com.inquirydesk.notification.mail.MailProperties;
import com.inquirydesk.notification.mail.MailThread;
import com.inquirydesk.notification.mail.MailThreadRepository;
import com.inquirydesk.system.TimeSource;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one inbound mail in: a reply joins its inquiry (by the [INQ-…] tag or by In-Reply-To/References,
 * and only when it comes from the inquiry's own address), anything else from a person opens an inquiry,
 * machine-sent mail opens nothing, and a mail that cannot be taken in is quarantined whole.
 */
@Service
public class MailIntakeService {

    private static final Logger log = LoggerFactory.getLogger(MailIntakeService.class);

    public enum Outcome { OPENED, THREADED, AUTOMATIC_IGNORED, QUARANTINED }

    public record Result(Outcome outcome, String inquiryCode) {
    }

    /** Mail clients that speak SMTPUTF8 (RFC 6532) send raw UTF-8 in headers, e.g. a Korean name in From. */
    private static final Session PARSING = Session.getInstance(utf8Headers());

    private static Properties utf8Headers() {
        Properties settings = new Properties();
        settings.put("mail.mime.allowutf8", "true");
        return settings;
    }

    private final ChannelIntake channels;
    private final InquiryRepository inquiries;
    private final MailThreadRepository threads;
    private final MailQuarantineRepository quarantine;
    private final MailProperties properties;
    private final TransactionTemplate tx;
    private final TransactionTemplate separateTx;
    private final TimeSource time;

    public MailIntakeService(ChannelIntake channels, InquiryRepository inquiries, MailThreadRepository threads,
                             MailQuarantineRepository quarantine, MailProperties properties,
                             PlatformTransactionManager transactions, TimeSource time) {
        this.channels = channels;
        this.inquiries = inquiries;
        this.threads = threads;
        this.quarantine = quarantine;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.separateTx = new TransactionTemplate(transactions);
        this.separateTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.time = time;
    }

    /** Never throws: whatever cannot be taken in is quarantined. */
    public Result take(byte[] raw) {
        InboundMail mail = null;
        try {
            if (raw.length > properties.inbound().maxMessageSize().toBytes()) {
                throw new UnreadableMailException("메일이 너무 큽니다 (" + raw.length / 1024 + " KiB, 첨부 파일 포함 최대 "
                        + properties.inbound().maxMessageSize().toKilobytes() + " KiB)");
            }
            mail = InboundMail.read(new MimeMessage(PARSING, new ByteArrayInputStream(raw)));
            if (mail.automatic()) {
                log.info("automatic mail (auto-reply or bounce) ignored: {}", mail.messageId());
                return new Result(Outcome.AUTOMATIC_IGNORED, null);
            }
            if (mail.text().isBlank()) {
                throw new UnreadableMailException("읽을 수 있는 본문이 없습니다");
            }
            if (mail.text().length() > ChannelIntake.BODY_LIMIT) {
                throw new UnreadableMailException("본문이 " + ChannelIntake.BODY_LIMIT + "자를 넘습니다");
            }
            InboundMail readable = mail;
            return tx.execute(status -> takeIn(readable));
        } catch (Exception e) {
            String reason = e instanceof UnreadableMailException ? e.getMessage() : "처리 중 오류: " + e;
            log.warn("inbound mail quarantined: {}", reason);
            String sender = mail != null ? mail.fromAddress() : header(raw, "From");
            String subject = mail != null ? mail.subject() : header(raw, "Subject");
            MailQuarantine kept = separateTx.execute(status -> quarantine.save(
                    new MailQuarantine(time.now(), sender, subject, reason, raw)));
            return new Result(Outcome.QUARANTINED, "quarantine-" + kept.getId());
        }
    }

    /** Whatever can still be read of a header, for the quarantine list. */
    private static String header(byte[] raw, String name) {
        try {
            String value = new MimeMessage(PARSING, new ByteArrayInputStream(raw)).getHeader(name, ", ");
            return value == null ? null : jakarta.mail.internet.MimeUtility.decodeText(value);
        } catch (Exception unreadable) {
            return null;
        }
    }

    private Result takeIn(InboundMail mail) {
        ChannelProof proof = ChannelProof.verifiedEmail(mail.fromAddress());
        Optional<Inquiry> thread = threadOf(mail).filter(inquiry -> channels.owns(proof, inquiry));
        if (thread.isPresent() && acceptsReplies(thread.get())) {
            Inquiry target = channels.reply(proof, thread.get(), Channel.EMAIL, mail.text());
            remember(mail, target.getId());
            return new Result(Outcome.THREADED, target.getCode());
        }
        String code = channels.open(proof, Channel.EMAIL, mail.fromName(), null, subjectWithoutTag(mail), mail.text(),
                "mail").code();
        remember(mail, inquiries.findByCode(code).orElseThrow().getId());
        return new Result(Outcome.OPENED, code);
    }

    private Optional<Inquiry> threadOf(InboundMail mail) {
        Optional<Inquiry> tagged = mail.tag().flatMap(inquiries::findByCode);
        if (tagged.isPresent()) {
            return tagged;
        }
        if (mail.threadIds().isEmpty()) {
            return Optional.empty();
        }
        return threads.findByMessageIdIn(mail.threadIds()).stream()
                .map(MailThread::getInquiryId).distinct().findFirst()
                .flatMap(inquiries::findById);
    }

    /** A closed inquiry stays closed: the customer's new mail opens a new one. */
    private static boolean acceptsReplies(Inquiry inquiry) {
        return inquiry.getStatus().isActive() || inquiry.getStatus() == InquiryStatus.RESOLVED
                || inquiry.getStatus() == InquiryStatus.MERGED;
    }

    private static String subjectWithoutTag(InboundMail mail) {
        return mail.subject().replaceAll("\\[INQ-\\d{8}-\\d{6}]", "").replaceAll("(?i)^((re|fw|fwd|답장|전달)\\s*:\\s*)+", "")
                .strip();
    }

    private void remember(InboundMail mail, long inquiryId) {
        if (mail.messageId() != null && mail.messageId().length() <= 250 && !threads.existsByMessageId(mail.messageId())) {
            threads.save(new MailThread(mail.messageId(), inquiryId, true, time.now()));
        }
    }
}
