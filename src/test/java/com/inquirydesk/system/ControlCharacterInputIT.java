package com.inquirydesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Control characters sent in JSON, in forms and in chat never reach the stored text; newlines and tabs do. */
@IntegrationTest
class ControlCharacterInputIT {

    static final String DIRTY = "환불\u0000 문의\u001b[2J\u0007\r\n둘째\t줄\u202E\u0085";
    static final String CLEAN = "환불 문의[2J\n둘째\t줄";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void apiPortalAndChatTextIsStoredWithoutControlCharacters() throws Exception {
        ApiClient api = new ApiClient(port);
        Map<String, Object> request = TestInquiries.request(TestInquiries.uniqueEmail("control"), "WEB", "GENERAL",
                "제목\u0000\u0008입니다", DIRTY);
        ((Map<String, Object>) request.get("customer")).put("name", "홍\u0000길동\u001b");
        JsonNode created = TestInquiries.create(api, request);
        String code = created.get("code").asText();

        Map<String, Object> inquiry = jdbc.queryForMap("SELECT i.subject AS subject, i.body AS body, c.name AS name "
                + "FROM inquiry i JOIN customer c ON c.id = i.customer_id WHERE i.code = ?", code);
        assertThat(inquiry.get("SUBJECT") != null ? inquiry.get("SUBJECT") : inquiry.get("subject")).isEqualTo("제목입니다");
        assertThat(inquiry.get("BODY") != null ? inquiry.get("BODY") : inquiry.get("body")).isEqualTo(CLEAN);
        assertThat(inquiry.get("NAME") != null ? inquiry.get("NAME") : inquiry.get("name")).isEqualTo("홍길동");

        // The portal reply form, with the inquiry's cookie from the link (once routing no longer changes the inquiry).
        TestInquiries.awaitRouted(jdbc, code);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> link = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/portal/inquiries/" + code + "?token=" + created.get("accessToken").asText())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = link.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> replied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/portal/inquiries/" + code + "/reply"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("body=" + URLEncoder.encode("폼 " + DIRTY, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replied.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("SELECT m.body FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? AND m.direction = 'CUSTOMER'", String.class, code)).contains(CLEAN, "폼 " + CLEAN);

        JsonNode session = api.post("/api/v1/chat/sessions", "{}").json();
        ApiClient.Response line = api.post("/api/v1/chat/sessions/" + session.get("id").asText() + "/messages",
                ApiClient.json(Map.of("text", "채팅 " + DIRTY)), "X-Chat-Token", session.get("token").asText());
        assertThat(line.status()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT text FROM chat_message WHERE session_id = ? AND author = 'CUSTOMER'",
                String.class, session.get("id").asText())).containsExactly("채팅 " + CLEAN);
    }
}
