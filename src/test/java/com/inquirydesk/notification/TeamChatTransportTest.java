package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.inquiry.Channel;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff alerts reach a Slack-compatible incoming webhook (a local stub on a free port). */
class TeamChatTransportTest {

    HttpServer stub;
    List<String> bodies = new CopyOnWriteArrayList<>();
    AtomicInteger status = new AtomicInteger(200);
    TeamChatTransport transport = new TeamChatTransport(new ObjectMapper());

    @BeforeEach
    void startStub() throws Exception {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/hooks/desk", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    @Test
    void alertIsPostedAsSlackCompatibleText() throws Exception {
        OutboxMessage alert = alert();
        transport.deliver(alert);
        assertThat(bodies).singleElement().isEqualTo("{\"text\":\"[INQ-20261202-000009] 상담 데스크 알림\\n응답 SLA가 곧 지납니다\"}");
    }

    @Test
    void aRefusingWebhookLeavesTheAlertForAnotherTry() {
        status.set(500);
        assertThatThrownBy(() -> transport.deliver(alert())).hasMessageContaining("500");
    }

    @Test
    void staffAlertsAreAlsoQueuedForTheTeamChatWhenConfigured() {
        OutboxRepository outbox = org.mockito.Mockito.mock(OutboxRepository.class);
        org.mockito.Mockito.when(outbox.save(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> call.getArgument(0));
        var time = org.mockito.Mockito.mock(com.inquirydesk.system.TimeSource.class);
        org.mockito.Mockito.when(time.now()).thenReturn(Instant.parse("2026-12-02T01:00:00Z"));
        var identity = org.mockito.Mockito.mock(org.camunda.bpm.engine.IdentityService.class);
        var query = org.mockito.Mockito.mock(org.camunda.bpm.engine.identity.UserQuery.class, org.mockito.Mockito.RETURNS_SELF);
        org.mockito.Mockito.when(query.list()).thenReturn(List.of());
        org.mockito.Mockito.when(identity.createUserQuery()).thenReturn(query);
        var notifications = new NotificationService(outbox, time, identity, new OutboxProperties(true,
                java.time.Duration.ofSeconds(5), 6, java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(2), 50,
                url()));
        var inquiry = new com.inquirydesk.inquiry.Inquiry("INQ-20261202-000009", 1L, Channel.WEB, null, "제목", "본문", "ko",
                Instant.parse("2026-12-02T01:00:00Z"));

        List<OutboxMessage> queued = notifications.notifyStaff(inquiry, null, "supervisors", "SLA_BREACH", "기한이 지났습니다");

        assertThat(queued).singleElement().satisfies(row -> {
            assertThat(row.transport()).isEqualTo(Transport.TEAM_CHAT);
            assertThat(row.getRecipient()).isEqualTo(url());
        });
    }

    private OutboxMessage alert() {
        OutboxMessage alert = new OutboxMessage(1L, Channel.EMAIL, Transport.TEAM_CHAT, url(), "SLA_WARNING",
                "응답 SLA가 곧 지납니다", Instant.now());
        alert.setSubject("[INQ-20261202-000009] 상담 데스크 알림");
        return alert;
    }

    private String url() {
        return "http://127.0.0.1:" + stub.getAddress().getPort() + "/hooks/desk";
    }
}
