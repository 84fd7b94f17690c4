package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.system.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/** The relay on the real database: concurrent relays send each row once; the last failed try shows to supervisors. */
@IntegrationTest
class OutboxRelayIT {

    @LocalServerPort
    int port;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TimeSource time;

    OutboxProperties settings(int maxAttempts) {
        return new OutboxProperties(false, Duration.ofSeconds(5), maxAttempts, Duration.ofSeconds(30),
                Duration.ofMinutes(2), 50, null);
    }

    interface Delivery {
        void deliver(OutboxMessage message) throws Exception;
    }

    static OutboxTransport over(Transport kind, Delivery delivery) {
        return new OutboxTransport() {
            @Override
            public Transport transport() {
                return kind;
            }

            @Override
            public void deliver(OutboxMessage message) throws Exception {
                delivery.deliver(message);
            }
        };
    }

    @Test
    void aFullBatchIsFollowedAtOnceSoASurgeDoesNotWaitForTheNextPoll() {
        // Due ten years ago and relayed with the clock moved there: no other test's row is due then.
        Instant longAgo = time.now().minus(Duration.ofDays(3650));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(outbox.save(new OutboxMessage(null, Channel.CHAT, Transport.CHAT, "chat:surge-" + i, "SURGE",
                    "접수 안내 " + i, longAgo.plusMillis(i))).getId());
        }
        List<Long> sent = Collections.synchronizedList(new ArrayList<>());
        OutboxTransport chat = over(Transport.CHAT, message -> sent.add(message.getId()));
        OutboxRelay relay = new OutboxRelay(outbox, List.of(chat), transactions, time,
                new OutboxProperties(false, Duration.ofSeconds(5), 3, Duration.ofSeconds(30), Duration.ofMinutes(2), 3, null));
        AtomicInteger delivered = new AtomicInteger();

        MovedClock.by(Duration.ofDays(-3650).plusMinutes(1), () -> delivered.set(relay.relayDue()));

        assertThat(delivered.get()).as("seven rows in batches of three, one round").isEqualTo(7);
        assertThat(sent).containsExactlyElementsOf(ids);
        assertThat(outbox.findAllById(ids)).allSatisfy(row -> assertThat(row.getStatus()).isEqualTo(OutboxMessage.SENT));
    }

    @Test
    void twoRelaysRunningAtOnceSendEveryRowExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(outbox.save(new OutboxMessage(null, Channel.CHAT, Transport.CHAT, "chat:race-" + i, "RACE",
                    "알림 " + i, time.now())).getId());
        }
        Map<Long, AtomicInteger> sends = new ConcurrentHashMap<>();
        OutboxTransport counting = over(Transport.CHAT, message -> {
            sends.computeIfAbsent(message.getId(), id -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(5);
        });
        OutboxRelay first = new OutboxRelay(outbox, List.of(counting), transactions, time, settings(3));
        OutboxRelay second = new OutboxRelay(outbox, List.of(counting), transactions, time, settings(3));
        List<Long> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Integer> a = pool.submit(() -> { start.await(); return first.relay(ids); });
            Future<Integer> b = pool.submit(() -> { start.await(); return second.relay(reversed); });
            start.countDown();
            assertThat(a.get() + b.get()).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }

        assertThat(sends.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sends.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(outbox.findAllById(ids)).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxMessage.SENT);
            assertThat(row.getClaimToken()).isNull();
        });
        assertThat(first.relay(ids) + second.relay(ids)).as("nothing is sent again").isZero();
    }

    @Test
    void aRowThatKeepsFailingBacksOffThenShowsAsFailedAndCanBeSentAgain() {
        long id = outbox.save(new OutboxMessage(null, Channel.SNS, Transport.MESSENGER, "line:u-1", "AGENT_REPLY",
                "답변입니다", time.now())).getId();
        AtomicInteger tries = new AtomicInteger();
        OutboxTransport broken = over(Transport.MESSENGER, message -> {
            tries.incrementAndGet();
            throw new IllegalStateException("callback answered 503");
        });
        OutboxRelay relay = new OutboxRelay(outbox, List.of(broken), transactions, time, settings(2));

        assertThat(relay.relay(List.of(id))).isZero();
        OutboxMessage afterFirst = outbox.findById(id).orElseThrow();
        assertThat(afterFirst.getStatus()).isEqualTo(OutboxMessage.PENDING);
        assertThat(afterFirst.getAttempts()).isEqualTo(1);
        assertThat(afterFirst.getNextTryAt()).isAfterOrEqualTo(time.now().plusSeconds(29));
        assertThat(relay.relay(List.of(id))).as("not due before the backoff").isZero();
        assertThat(tries.get()).isEqualTo(1);

        MovedClock.by(Duration.ofSeconds(31), () -> relay.relay(List.of(id)));
        OutboxMessage failed = outbox.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(OutboxMessage.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(2);
        assertThat(failed.getLastError()).contains("503");

        ApiClient api = new ApiClient(port);
        String supervisor = ApiClient.basicAuth("choi", "demo");
        ApiClient.Response list = api.get("/api/v1/staff/deliveries/failed", "Authorization", supervisor);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(api.get("/api/v1/staff/deliveries/failed", "Authorization", ApiClient.basicAuth("kim", "demo")).status())
                .isEqualTo(403);

        assertThat(api.post("/api/v1/staff/deliveries/" + id + "/resend", "", "Authorization", supervisor).status())
                .isEqualTo(202);
        assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(OutboxMessage.PENDING);
        ApiClient.Response twice = api.post("/api/v1/staff/deliveries/" + id + "/resend", "", "Authorization", supervisor);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/staff/deliveries/999999999/resend", "", "Authorization", supervisor).status())
                .isEqualTo(404);
    }
}
