package com.inquirydesk.notification;

import com.inquirydesk.system.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each due row is claimed by a conditional update in its own short
 * transaction, sent outside any transaction, and its outcome recorded only while the claim is still
 * ours; so several nodes (or several relays in one) never send a row twice, and a failed send is
 * retried with exponential backoff until the last try marks it FAILED for supervisors to see.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** How long one round may go on taking full batches. */
    private static final Duration ROUND_LIMIT = Duration.ofSeconds(30);

    private final OutboxRepository outbox;
    private final Map<Transport, OutboxTransport> transports = new EnumMap<>(Transport.class);
    private final TransactionTemplate tx;
    private final TimeSource time;
    private final OutboxProperties properties;
    private final List<DeliveryPlaceholders> placeholders;

    public OutboxRelay(OutboxRepository outbox, List<OutboxTransport> transports, PlatformTransactionManager transactions,
                       TimeSource time, OutboxProperties properties) {
        this(outbox, transports, transactions, time, properties, List.of());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public OutboxRelay(OutboxRepository outbox, List<OutboxTransport> transports, PlatformTransactionManager transactions,
                       TimeSource time, OutboxProperties properties, List<DeliveryPlaceholders> placeholders) {
        this.placeholders = List.copyOf(placeholders);
        this.outbox = outbox;
        transports.forEach(transport -> this.transports.put(transport.transport(), transport));
        this.tx = new TransactionTemplate(transactions);
        this.time = time;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${inquiry-desk.outbox.poll-interval:PT5S}",
            initialDelayString = "${inquiry-desk.outbox.poll-interval:PT5S}")
    void scheduled() {
        if (properties.relayEnabled()) {
            try {
                relayDue();
            } catch (RuntimeException e) {
                log.warn("outbox relay round failed; the next round tries again", e);
            }
        }
    }

    /**
     * One round: every row due now that this relay manages to claim, a batch at a time. A full batch means more are
     * waiting (an intake surge leaves hundreds of acknowledgements behind), so the next batch follows at once instead
     * of after the poll interval; for at most {@link #ROUND_LIMIT}, so the scheduler's other tasks get their turn.
     * Returns how many were delivered.
     */
    public int relayDue() {
        long stopAt = System.nanoTime() + ROUND_LIMIT.toNanos();
        int delivered = 0;
        while (true) {
            List<Long> due = outbox.findDue(time.now(), PageRequest.of(0, properties.batchSize()));
            Batch batch = relayBatch(due);
            delivered += batch.delivered();
            if (due.size() < properties.batchSize() || batch.claimed() == 0 || System.nanoTime() > stopAt) {
                return delivered;
            }
        }
    }

    /** Tries the named rows that are due and not claimed by another relay. Returns how many were delivered. */
    public int relay(List<Long> ids) {
        return relayBatch(ids).delivered();
    }

    private record Batch(int claimed, int delivered) {
    }

    private Batch relayBatch(List<Long> ids) {
        Instant now = time.now();
        int claimedRows = 0;
        int delivered = 0;
        for (long id : ids) {
            String token = UUID.randomUUID().toString();
            Integer claimed = tx.execute(status -> outbox.claim(id, token, now, now.plus(properties.claimTimeout())));
            if (claimed != null && claimed == 1) {
                claimedRows++;
                if (send(id, token)) {
                    delivered++;
                }
            }
        }
        return new Batch(claimedRows, delivered);
    }

    private boolean send(long id, String token) {
        OutboxMessage message = outbox.findById(id).orElseThrow();
        OutboxTransport transport = transports.get(message.transport());
        if (message.transport() == Transport.PAGE || transport == null) {
            record(id, token, row -> row.skipped(transport == null && message.transport() != Transport.PAGE
                    ? "no sender configured for " + message.transport() : "shown on the conversation page"));
            return false;
        }
        try {
            transport.deliver(filledIn(message));
        } catch (Exception e) {
            log.info("outbox row {} not delivered by {} (try {}): {}", id, message.transport(), message.getAttempts() + 1,
                    e.toString());
            record(id, token, row -> row.failed(describe(e), properties.maxAttempts(),
                    time.now().plus(properties.backoffAfter(row.getAttempts() + 1))));
            return false;
        }
        record(id, token, row -> row.sent(time.now()));
        return true;
    }

    /** The message as it leaves: placeholders filled in on a copy, the stored row untouched. */
    private OutboxMessage filledIn(OutboxMessage message) {
        String payload = message.getPayload();
        for (DeliveryPlaceholders filler : placeholders) {
            payload = filler.fill(message, payload);
        }
        return payload == null || payload.equals(message.getPayload()) ? message : message.withPayload(payload);
    }

    private void record(long id, String token, java.util.function.Consumer<OutboxMessage> outcome) {
        tx.executeWithoutResult(status -> outbox.findById(id)
                .filter(row -> token.equals(row.getClaimToken()))
                .ifPresent(outcome));
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
