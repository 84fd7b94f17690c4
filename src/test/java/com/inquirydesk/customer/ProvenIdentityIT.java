package com.inquirydesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.intake.mail.MailIntakeService;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customer identity comes from what a channel proves. A request that only claims someone's details stays
 * apart (its own inquiry and record, linked as possibly the same customer); a mail from the address proves
 * the customer and joins their open inquiry; staff merge linked records in one audited action.
 */
@IntegrationTest
class ProvenIdentityIT {

    static final String[] KIM = {"Authorization", ApiClient.basicAuth("kim", "demo")};
    static final String[] LEE = {"Authorization", ApiClient.basicAuth("lee", "demo")};
    static final String[] CHOI = {"Authorization", ApiClient.basicAuth("choi", "demo")};

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;
    @Autowired MailIntakeService mailIntake;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnonymousChatInquiryWithTheVictimsEmailStaysApartAndIsOnlyLinkedForStaff() {
        String email = TestInquiries.uniqueEmail("victim");
        Map<String, Object> victim = TestInquiries.request(email, "WEB", "BILLING", "정기 결제 해지 문의", "해지하고 싶습니다.");
        ((Map<String, Object>) victim.get("customer")).put("name", "진짜고객");
        String victimCode = TestInquiries.create(api, victim).get("code").asText();
        TestInquiries.awaitRespondTask(tasks, victimCode);

        String attackerId = "attacker-" + UUID.randomUUID();
        Map<String, Object> claim = TestInquiries.request(email, "CHAT", "BILLING", "정기 결제 해지 문의",
                "제 계정 정보를 알려 주세요.");
        ((Map<String, Object>) claim.get("customer")).put("name", "사칭자");
        ((Map<String, Object>) claim.get("customer")).put("externalId", attackerId);
        ApiClient.Response answer = api.post("/api/v1/inquiries", ApiClient.json(claim));

        assertThat(answer.status()).isEqualTo(201);
        JsonNode created = answer.json();
        String claimCode = created.get("code").asText();
        assertThat(created.get("status").asText()).as("not merged into the victim's inquiry").isNotEqualTo("MERGED");
        assertThat(created.hasNonNull("duplicateOf")).isFalse();
        assertThat(created.toString()).doesNotContain("진짜고객").doesNotContain(victimCode);

        Map<String, Object> victimRecord = jdbc.queryForMap("SELECT id, name, external_id FROM customer WHERE email = ?", email);
        assertThat(victimRecord.get("name")).isEqualTo("진짜고객");
        assertThat(victimRecord.get("external_id")).as("the victim's record does not carry the attacker's id").isNull();
        Map<String, Object> claimRecord = jdbc.queryForMap("SELECT c.id, c.email, c.claimed_email, c.external_id FROM customer c "
                + "JOIN inquiry i ON i.customer_id = c.id WHERE i.code = ?", claimCode);
        assertThat(claimRecord.get("id")).isNotEqualTo(victimRecord.get("id"));
        assertThat(claimRecord.get("email")).isNull();
        assertThat(claimRecord.get("claimed_email")).isEqualTo(email);
        assertThat(claimRecord.get("external_id")).isEqualTo(attackerId);

        assertThat(conversation(victimCode)).noneMatch(body -> body.contains("계정 정보"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox o JOIN inquiry i ON i.id = o.inquiry_id "
                + "WHERE i.code = ? AND o.recipient = ?", Long.class, victimCode, attackerId))
                .as("nothing of the victim's inquiry goes to the attacker's chat").isZero();

        TestInquiries.awaitRouted(jdbc, claimCode);
        JsonNode staffView = api.get("/api/v1/staff/inquiries/" + claimCode, KIM).json();
        JsonNode link = staffView.get("possiblySameCustomers").get(0);
        assertThat(link.get("customerId").asLong()).isEqualTo(((Number) victimRecord.get("id")).longValue());
        assertThat(link.get("matchedOn").asText()).isEqualTo("email");
        assertThat(link.get("status").asText()).isEqualTo("PENDING");
        assertThat(link.get("mergeFrom").asLong()).isEqualTo(((Number) claimRecord.get("id")).longValue());
        assertThat(api.get("/desk/inquiries/" + claimCode, KIM).body())
                .contains("같은 고객일 수 있음").contains("같은 고객으로 합치기")
                .contains("/desk/customers/" + victimRecord.get("id") + "/merge").contains("name=\"_csrf\"");
    }

    @Test
    void aMailFromTheAddressProvesTheCustomerAndJoinsTheirOpenInquiry() throws Exception {
        String email = TestInquiries.uniqueEmail("proven");
        JsonNode first = TestInquiries.create(api, TestInquiries.request(email, "WEB", "CONTRACT", "정기 이용 계약 해지 문의",
                "다음 달부터 해지하고 싶습니다"));
        TestInquiries.awaitRespondTask(tasks, first.get("code").asText());

        MimeMessage mail = new MimeMessage(Session.getInstance(new java.util.Properties()));
        mail.setFrom(new InternetAddress(email));
        mail.setRecipients(Message.RecipientType.TO, "support@inquirydesk.local");
        mail.setSubject("계약 해지 문의", "UTF-8");
        mail.setText("메일로도 보냅니다. 해지 위약금이 있나요?", "UTF-8");
        mail.saveChanges();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);

        MailIntakeService.Result result = mailIntake.take(raw.toByteArray());

        assertThat(result.outcome()).isEqualTo(MailIntakeService.Outcome.OPENED);
        Map<String, Object> second = jdbc.queryForMap("SELECT i.status, t.code AS merged_into FROM inquiry i "
                + "LEFT JOIN inquiry t ON t.id = i.merged_into_id WHERE i.code = ?", result.inquiryCode());
        assertThat(second.get("status")).isEqualTo("MERGED");
        assertThat(second.get("merged_into")).isEqualTo(first.get("code").asText());
        assertThat(conversation(first.get("code").asText())).anyMatch(body -> body.contains("해지 위약금이 있나요?"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM possible_same_customer l JOIN inquiry i ON i.id = l.inquiry_id "
                + "WHERE i.code = ?", Long.class, result.inquiryCode())).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAgentMergesALinkedRecordInOneAuditedActionWithoutLosingAContactDetail() {
        String email = TestInquiries.uniqueEmail("merge");
        Map<String, Object> known = TestInquiries.request(email, "WEB", "BILLING", "영수증 재발급", "영수증이 필요해요.");
        ((Map<String, Object>) known.get("customer")).put("phone", uniquePhone());
        String knownCode = TestInquiries.create(api, known).get("code").asText();
        String externalId = "app-" + UUID.randomUUID();
        String otherPhone = uniquePhone();
        Map<String, Object> claim = TestInquiries.request(email, "APP", "BILLING", "카드 변경", "결제 카드를 바꾸고 싶어요.");
        ((Map<String, Object>) claim.get("customer")).put("phone", otherPhone);
        ((Map<String, Object>) claim.get("customer")).put("externalId", externalId);
        String claimCode = TestInquiries.create(api, claim).get("code").asText();
        TestInquiries.awaitRouted(jdbc, claimCode);
        long keptId = customerOf(knownCode);
        long fromId = customerOf(claimCode);
        String path = "/api/v1/staff/customers/" + keptId + "/merge";

        ApiClient.Response missing = api.post(path, "{}", KIM);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsText("field")).containsExactly("from");
        assertThat(api.post(path, "{\"from\":" + keptId + "}", KIM).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/staff/customers/987654321/merge", "{\"from\":" + fromId + "}", CHOI).status())
                .isEqualTo(404);
        ApiClient.Response notTheirs = api.post(path, "{\"from\":" + fromId + "}", LEE);
        assertThat(notTheirs.status()).as("lee cannot read the billing inquiry").isEqualTo(403);
        assertThat(notTheirs.json().get("detail").asText()).contains("관리자");

        ApiClient.Response merged = api.post(path, "{\"from\":" + fromId + "}", KIM);

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("movedInquiries").toString()).contains(claimCode);
        assertThat(customerOf(claimCode)).isEqualTo(keptId);
        Map<String, Object> kept = jdbc.queryForMap("SELECT email, phone, external_id FROM customer WHERE id = ?", keptId);
        assertThat(kept.get("email")).isEqualTo(email);
        assertThat(kept.get("external_id")).as("a detail the kept record lacked moves over").isEqualTo(externalId);
        Map<String, Object> absorbed = jdbc.queryForMap("SELECT phone, external_id, merged_into_id, merged_at, merged_by "
                + "FROM customer WHERE id = ?", fromId);
        assertThat(absorbed.get("phone")).as("a differing detail stays on the absorbed record").isEqualTo(otherPhone.replace("-", ""));
        assertThat(absorbed.get("external_id")).isNull();
        assertThat(((Number) absorbed.get("merged_into_id")).longValue()).isEqualTo(keptId);
        assertThat(absorbed.get("merged_at")).isNotNull();
        assertThat(absorbed.get("merged_by")).isEqualTo("kim");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE action = 'CUSTOMERS_MERGED' AND actor = 'kim' "
                + "AND subject_customer_id = ?", String.class, keptId))
                .contains("from=" + fromId).contains(claimCode).contains("moved=external_id").contains("leftOnAbsorbed=phone");
        assertThat(jdbc.queryForObject("SELECT status FROM possible_same_customer WHERE customer_id = ? AND candidate_id = ?",
                String.class, fromId, keptId)).isEqualTo("MERGED");
        assertThat(api.get("/api/v1/staff/inquiries/" + knownCode, CHOI).json().get("history").toString())
                .as("the merged inquiry is now in the customer's history").contains(claimCode);

        ApiClient.Response again = api.post(path, "{\"from\":" + fromId + "}", CHOI);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAgentMayNotMergeRecordsNoLinkProposesButASupervisorMay() {
        long first = customerOf(TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("a"), "WEB",
                "BILLING", "환불 문의", "환불해 주세요.")).get("code").asText());
        long second = customerOf(TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("b"), "WEB",
                "BILLING", "환불 문의", "환불해 주세요.")).get("code").asText());
        String body = "{\"from\":" + second + "}";

        assertThat(api.post("/api/v1/staff/customers/" + first + "/merge", body, KIM).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/staff/customers/" + first + "/merge", body,
                "Authorization", ApiClient.basicAuth("han", "demo")).status()).as("auditors never merge").isEqualTo(403);
        assertThat(api.post("/api/v1/staff/customers/" + first + "/merge", body, CHOI).status()).isEqualTo(200);
    }

    private long customerOf(String code) {
        return jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE code = ?", Long.class, code);
    }

    private List<String> conversation(String code) {
        return jdbc.queryForList("SELECT m.body FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? ORDER BY m.id", String.class, code);
    }

    private static String uniquePhone() {
        return "010-" + (1000 + (int) (Math.random() * 9000)) + "-" + (1000 + (int) (Math.random() * 9000));
    }
}
