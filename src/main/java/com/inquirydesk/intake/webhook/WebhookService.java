package com.inquirydesk.intake.webhook;

import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.intake.channel.ChannelIntake;
import com.inquirydesk.intake.channel.ChannelProof;
import com.inquirydesk.system.TimeSource;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a verified messenger delivery in: the user's ongoing inquiry on the channel gets the message,
 * otherwise a new inquiry opens; the delivery id is stored with the outcome so a replay changes nothing.
 */
@Service
class WebhookService {

    private static final int SUBJECT_LENGTH = 40;

    record Outcome(String inquiryCode, boolean opened, boolean replayed) {
    }

    private final ChannelIntake intake;
    private final WebhookDeliveryRepository deliveries;
    private final TimeSource time;

    WebhookService(ChannelIntake intake, WebhookDeliveryRepository deliveries, TimeSource time) {
        this.intake = intake;
        this.deliveries = deliveries;
        this.time = time;
    }

    @Transactional(readOnly = true)
    Optional<Outcome> replay(String channel, String deliveryId) {
        return deliveries.findByChannelAndDeliveryId(channel, deliveryId)
                .map(seen -> new Outcome(seen.getInquiryCode(), false, true));
    }

    @Transactional
    Outcome take(String channel, WebhookMessage message) {
        ChannelProof proof = ChannelProof.verifiedExternalId(channel, message.user().id());
        Optional<Inquiry> ongoing = intake.ongoing(proof, Channel.SNS);
        Outcome outcome;
        if (ongoing.isPresent()) {
            Inquiry target = intake.reply(proof, ongoing.get(), Channel.SNS, message.text().strip());
            outcome = new Outcome(target.getCode(), false, false);
        } else {
            String text = message.text().strip().replaceAll("\\s+", " ");
            String subject = text.length() > SUBJECT_LENGTH ? text.substring(0, SUBJECT_LENGTH) + "…" : text;
            String code = intake.open(proof, Channel.SNS, message.user().name(), null, subject, message.text().strip(),
                    channel).code();
            outcome = new Outcome(code, true, false);
        }
        deliveries.saveAndFlush(new WebhookDelivery(channel, message.deliveryId(), outcome.inquiryCode(), time.now()));
        return outcome;
    }
}
