package com.inquirydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.system.InquiryDeskProperties;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Personal identifiers never leave the service unmasked through logs or exports, and customers' RRN or card numbers are never stored. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataMaskingIT {

    static final Pattern PHONE = Pattern.compile("(?<!\\d)01[016789]-?\\d{3,4}-?\\d{4}(?!\\d)");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{2,}@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    static final Pattern RRN = Pattern.compile("(?<!\\d)\\d{6}-?[1-8]\\d{6}(?!\\d)");
    static final Pattern CARD = Pattern.compile("(?<!\\d)\\d{4}[ -]?\\d{4}[ -]?\\d{4}[ -]?\\d{4}(?!\\d)");

    @LocalServerPort
    int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired InquiryDeskProperties properties;

    @Test
    @SuppressWarnings("unchecked")
    void exportsLogsAndStoredTextCarryNoUnmaskedIdentifier(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        String phone = "010-" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + "-" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        String email = TestInquiries.uniqueEmail("masking");
        Map<String, Object> request = TestInquiries.request(email, "WEB", "BILLING", "카드 1234-5678-9012-3456 환불",
                "주민번호 900101-1234567, 카드 1234 5678 9012 3456, 연락처 " + phone + " 로 연락 주세요.");
        ((Map<String, Object>) request.get("customer")).put("phone", phone);
        String code = TestInquiries.create(api, request).get("code").asText();

        String body = jdbc.queryForObject("SELECT body FROM inquiry WHERE code = ?", String.class, code);
        String subject = jdbc.queryForObject("SELECT subject FROM inquiry WHERE code = ?", String.class, code);
        assertThat(body).contains("900101-1******").contains("1234-****-****-3456").contains(phone);
        assertNoIdentifier(subject + body, false);
        assertThat(jdbc.queryForList("SELECT m.body FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ?", String.class, code)).allSatisfy(text -> assertNoIdentifier(text, false));

        // The export counts days in the service's zone (Asia/Seoul), not the JVM's.
        String today = LocalDate.now(properties.zone()).toString();
        for (String format : new String[] {"csv", "json"}) {
            ApiClient.Response export = api.get("/api/v1/audit/export?from=" + today + "&to=" + today + "&format=" + format,
                    "Authorization", ApiClient.basicAuth("han", "demo"));
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.body()).contains(code).contains(phone.substring(0, 4) + "****" + phone.substring(8));
            assertNoIdentifier(export.body(), true);
        }
        ApiClient.Response csv = api.get("/api/v1/audit/export?from=" + today + "&to=" + today + "&format=csv",
                "Authorization", ApiClient.basicAuth("han", "demo"));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("audit-" + today);

        LoggerFactory.getLogger(PersonalDataMaskingIT.class).warn("customer {} {} wrote 900101-1234567 and 4111-1111-1111-1111",
                email, phone);
        assertThat(output.getOut()).contains("900101-1******").contains("4111-****-****-1111");
        assertNoIdentifier(output.getOut() + output.getErr(), true);
    }

    private static void assertNoIdentifier(String text, boolean includingContacts) {
        assertThat(RRN.matcher(text).find()).as("resident registration number in %s", text).isFalse();
        assertThat(CARD.matcher(text).find()).as("card number in %s", text).isFalse();
        if (includingContacts) {
            assertThat(PHONE.matcher(text).find()).as("phone number in %s", text).isFalse();
            assertThat(EMAIL.matcher(text).find()).as("e-mail address in %s", text).isFalse();
        }
    }
}
