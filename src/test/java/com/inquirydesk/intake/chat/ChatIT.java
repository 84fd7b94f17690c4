package com.inquirydesk.intake.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.intake.channel.AgentAnswers;
import com.inquirydesk.notification.MovedClock;
import com.inquirydesk.notification.OutboxRelay;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The chat with the menu bot as a browser would use it, through the public API. */
@IntegrationTest
class ChatIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    OutboxRelay relay;

    @Autowired
    ChatService chats;

    ApiClient api;

    record Session(String id, String token) {
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void zeroAtTheFirstPromptReachesAPersonAndTheAgentsAnswerAppearsInTheSession() {
        ApiClient.Response started = api.post("/api/v1/chat/sessions", "{}");
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.header("Location")).endsWith("/api/v1/chat/sessions/" + started.json().get("id").asText());
        String menu = started.json().get("messages").get(0).get("text").asText();
        assertThat(menu).contains("1. 결제").contains("2. 반품·환불").contains("0. 상담원 연결");
        Session session = new Session(started.json().get("id").asText(), started.json().get("token").asText());

        JsonNode answer = write(session, "0");
        String code = answer.get("inquiryCode").asText();
        assertThat(answer.get("state").asText()).isEqualTo("WITH_AGENT");
        assertThat(texts(answer)).last().asString().contains(code).contains("상담원에게 연결");
        assertThat(jdbc.queryForObject("SELECT channel FROM inquiry WHERE code = ?", String.class, code)).isEqualTo("CHAT");

        Task respond = TestInquiries.awaitRespondTask(tasks, code);
        String reply = "안녕하세요, 상담원 김민지입니다. 어떤 점을 도와드릴까요?";
        AgentAnswers.reply(tasks, identity, respond, reply);

        int seen = answer.get("messages").get(answer.get("messages").size() - 1).get("seq").asInt();
        JsonNode later = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            relay.relayDue();
            return api.get("/api/v1/chat/sessions/" + session.id() + "/messages?after=" + seen,
                    "X-Chat-Token", session.token()).json();
        }, lines -> lines.get("messages").findValuesAsText("author").contains("AGENT"));
        assertThat(later.get("messages").findValuesAsText("text")).contains(reply);
        assertThat(later.get("messages").findValuesAsText("author")).as("the acknowledgement arrives too").contains("SYSTEM");
        assertThat(later.get("messages").findValuesAsText("text")).as("chat is not a written channel")
                .noneMatch(text -> text.contains("채팅이나 전화보다"));

        // What the customer writes now goes to the agent.
        write(session, "결제 취소가 안 돼요");
        assertThat(jdbc.queryForList("SELECT m.body FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? AND m.direction = 'CUSTOMER'", String.class, code)).contains("결제 취소가 안 돼요");
    }

    @Test
    void zeroAfterChoosingACategoryOpensTheInquiryInThatCategory() {
        Session session = start();
        JsonNode chosen = write(session, "1");
        assertThat(texts(chosen)).last().asString().contains("[결제]").contains("0을 입력");
        JsonNode handedOver = write(session, "0");
        String code = handedOver.get("inquiryCode").asText();
        assertThat(jdbc.queryForObject("SELECT category FROM inquiry WHERE code = ?", String.class, code)).isEqualTo("BILLING");
    }

    @Test
    void unknownInputGetsHelpAndTheMenuAndZeroStillWorks() {
        Session session = start();
        JsonNode help = write(session, "환불은 어떻게 하나요?");
        assertThat(help.get("state").asText()).isEqualTo("MENU");
        assertThat(texts(help)).last().asString().contains("번호를 입력해 주시면").contains("1. 결제").contains("0. 상담원 연결");
        JsonNode unknownNumber = write(session, "42");
        assertThat(texts(unknownNumber)).last().asString().contains("0. 상담원 연결");

        String code = write(session, "0").get("inquiryCode").asText();
        String body = jdbc.queryForObject("SELECT body FROM inquiry WHERE code = ?", String.class, code);
        assertThat(body).as("the whole transcript").contains("고객: 환불은 어떻게 하나요?").contains("챗봇: 안녕하세요")
                .contains("고객: 42").contains("고객: 0");
    }

    @Test
    void categoryAndQuestionOpenTheInquiryWithTheQuestionAsSubject() {
        Session session = start();
        write(session, "2");
        JsonNode opened = write(session, "지난주에 산 운동화를 반품하고 싶어요");
        String code = opened.get("inquiryCode").asText();
        Map<String, Object> inquiry = jdbc.queryForMap("SELECT category, subject, body FROM inquiry WHERE code = ?", code);
        assertThat(inquiry).containsEntry("CATEGORY", "RETURN").containsEntry("SUBJECT", "지난주에 산 운동화를 반품하고 싶어요");
        assertThat((String) inquiry.get("BODY")).contains("고객: 2").contains("챗봇: [반품·환불]");
    }

    @Test
    void discomfortGetsAnApologyAndTheWayToAPerson() {
        Session session = start();
        JsonNode apology = write(session, "몇 번을 말해야 돼요 정말 짜증나요");
        assertThat(texts(apology)).last().asString().contains("죄송합니다").contains("0을 입력");
        assertThat(apology.get("state").asText()).isEqualTo("MENU");
    }

    @Test
    void anIdleSessionClosesWithANoticeAndWritingAgainBringsTheMenuBack() {
        Session session = start();
        JsonNode chosen = write(session, "3");
        int seen = chosen.get("messages").get(chosen.get("messages").size() - 1).get("seq").asInt();

        MovedClock.by(Duration.ofMinutes(11), chats::closeIdle);

        JsonNode closed = api.get("/api/v1/chat/sessions/" + session.id() + "/messages?after=" + seen,
                "X-Chat-Token", session.token()).json();
        assertThat(closed.get("state").asText()).isEqualTo("CLOSED");
        assertThat(texts(closed)).singleElement().asString().contains("종료했습니다").contains("아무 말이나 입력");

        JsonNode back = write(session, "안녕하세요");
        assertThat(back.get("state").asText()).isEqualTo("MENU");
        assertThat(texts(back)).last().asString().contains("다시 오셨네요").contains("0. 상담원 연결");
    }

    @Test
    void theSessionTokenIsRequiredAndChecked() {
        Session session = start();
        ApiClient.Response missing = api.post("/api/v1/chat/sessions/" + session.id() + "/messages",
                ApiClient.json(Map.of("text", "1")));
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body()).contains("X-Chat-Token");
        assertThat(api.post("/api/v1/chat/sessions/" + session.id() + "/messages", ApiClient.json(Map.of("text", "1")),
                "X-Chat-Token", "wrong").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/chat/sessions/no-such-session/messages", "X-Chat-Token", session.token()).status())
                .isEqualTo(404);
        ApiClient.Response blank = api.post("/api/v1/chat/sessions/" + session.id() + "/messages",
                ApiClient.json(Map.of("text", " ")), "X-Chat-Token", session.token());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("text");
    }

    @Test
    void theChatPageLoadsItsScriptFromAFile() {
        ApiClient.Response page = api.get("/portal/chat");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("채팅 상담").contains("src=\"/portal/chat.js\"").doesNotContain("<script>");
        assertThat(api.get("/portal/chat.js").status()).isEqualTo(200);
    }

    private Session start() {
        JsonNode started = api.post("/api/v1/chat/sessions", "{}").json();
        return new Session(started.get("id").asText(), started.get("token").asText());
    }

    private JsonNode write(Session session, String text) {
        ApiClient.Response response = api.post("/api/v1/chat/sessions/" + session.id() + "/messages",
                ApiClient.json(Map.of("text", text)), "X-Chat-Token", session.token());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("messages").get(0).get("text").asText()).isEqualTo(text);
        return response.json();
    }

    private static List<String> texts(JsonNode lines) {
        return lines.get("messages").findValuesAsText("text");
    }
}
