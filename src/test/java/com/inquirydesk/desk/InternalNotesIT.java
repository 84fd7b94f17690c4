package com.inquirydesk.desk;

import static com.inquirydesk.desk.StaffInquiryListIT.login;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Internal notes: written by staff who may open the inquiry, shown to staff, never to the customer. */
@IntegrationTest
class InternalNotesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNoteIsKeptWithItsAuthorShownToStaffAndNeverToTheCustomer() {
        ApiClient api = new ApiClient(port);
        JsonNode created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("note"), "WEB", "BILLING",
                "이중 결제", "같은 금액이 두 번 결제됐어요."));
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        TestInquiries.awaitRouted(jdbc, code);
        String note = "카드사 승인 내역 확인 중, 고객에게 아직 알리지 말 것 " + UUID.randomUUID();

        ApiClient.Response added = api.post("/api/v1/staff/inquiries/" + code + "/notes",
                ApiClient.json(Map.of("body", note)), login("kim"));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.header("Location")).endsWith("/api/v1/staff/inquiries/" + code);
        assertThat(added.json().get("author").asText()).isEqualTo("kim");
        assertThat(added.json().get("direction").asText()).isEqualTo("NOTE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id"
                + " WHERE i.code = ? AND m.direction = 'NOTE' AND m.author = 'kim'", Long.class, code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'NOTE_ADDED'"
                + " AND actor = 'kim'", Long.class, code)).isEqualTo(1);

        JsonNode staffView = api.get("/api/v1/staff/inquiries/" + code, login("choi")).json();
        assertThat(staffView.get("messages").findValuesAsText("body")).contains(note);
        ApiClient.Response deskPage = api.get("/desk/inquiries/" + code, login("kim"));
        assertThat(deskPage.body()).contains(note, "내부 메모 남기기", "action=\"/desk/inquiries/" + code + "/notes\"");

        ApiClient.Response customerApi = api.get("/api/v1/inquiries/" + code, "X-Access-Token", token);
        assertThat(customerApi.status()).isEqualTo(200);
        assertThat(customerApi.body()).contains("같은 금액이 두 번 결제됐어요").doesNotContain(note).doesNotContain("카드사 승인");
        ApiClient.Response exchanged = api.get("/portal/inquiries/" + code + "?token=" + token);
        String cookie = exchanged.header("Set-Cookie").substring(0, exchanged.header("Set-Cookie").indexOf(';'));
        ApiClient.Response portal = api.get("/portal/inquiries/" + code, "Cookie", cookie);
        assertThat(portal.status()).isEqualTo(200);
        assertThat(portal.body()).contains("같은 금액이 두 번 결제됐어요").doesNotContain("카드사 승인");
    }

    @Test
    void onlyStaffWhoMayOpenTheInquiryMayNoteAndTheNoteMustFit() {
        ApiClient api = new ApiClient(port);
        String code = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("note-refused"), "WEB",
                "BILLING", "결제 수단 변경", "계좌이체로 바꾸고 싶어요.")).get("code").asText();
        TestInquiries.awaitRouted(jdbc, code);
        String path = "/api/v1/staff/inquiries/" + code + "/notes";

        assertThat(api.post(path, ApiClient.json(Map.of("body", "다른 그룹의 메모")), login("lee")).status())
                .as("another group's agent: as if it did not exist").isEqualTo(404);
        assertThat(api.post(path, ApiClient.json(Map.of("body", "감사 담당의 메모")), login("han")).status())
                .as("auditors are read-only").isEqualTo(403);
        assertThat(api.post("/api/v1/staff/inquiries/INQ-20000101-999999/notes", ApiClient.json(Map.of("body", "없음")),
                login("choi")).status()).isEqualTo(404);
        ApiClient.Response empty = api.post(path, ApiClient.json(Map.of("body", "   ")), login("kim"));
        ApiClient.Response tooLong = api.post(path, ApiClient.json(Map.of("body", "가".repeat(5001))), login("kim"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(api.post(path, ApiClient.json(Map.of("body", "가".repeat(5000))), login("choi")).status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id"
                + " WHERE i.code = ? AND m.direction = 'NOTE'", Long.class, code)).isEqualTo(1);
    }
}
