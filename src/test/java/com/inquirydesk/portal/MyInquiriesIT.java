package com.inquirydesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.notification.MovedClock;
import com.inquirydesk.notification.OutboxRelay;
import com.inquirydesk.notification.mail.EmbeddedMailServer;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "My inquiries" end to end: the e-mail form, the sign-in mail through the outbox and the embedded mail server
 * (read over IMAP as the customer would), the list, each inquiry's page, and the link's single use.
 */
@IntegrationTest
class MyInquiriesIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/portal/my/signin\\?t=([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxRelay relay;

    @Autowired
    EmbeddedMailServer mailServer;

    final HttpClient http = HttpClient.newHttpClient();
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theMailedLinkListsEveryInquiryOfTheAddressOpensEachAndWorksOnlyOnce() throws Exception {
        String email = TestInquiries.uniqueEmail("my-inquiries");
        String first = TestInquiries.create(api, TestInquiries.request(email, "WEB", "BILLING", "결제가 두 번 됐어요",
                "카드 승인이 두 번 났어요.")).get("code").asText();
        String second = TestInquiries.create(api, TestInquiries.request(email, "WEB", "RETURN", "반품 신청했는데 소식이 없어요",
                "지난주에 반품 신청했습니다.")).get("code").asText();
        String someoneElses = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("my-other"), "WEB",
                "GENERAL", "배송이 늦어요", "언제 오나요?")).get("code").asText();

        HttpResponse<String> asked = post("/portal/my", "email=" + encode(email.toUpperCase()), null);
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/portal/my?sent");
        assertThat(get("/portal/my?sent", null).body()).contains("메일을 보냈습니다");

        long mailId = signInMailTo(email);
        assertThat(relay.relay(List.of(mailId))).isEqualTo(1);
        List<MimeMessage> inbox = readInbox(email);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).getSubject()).isEqualTo("[고객센터] 내 문의 확인 링크");
        String mailText = String.valueOf(inbox.get(0).getContent());
        assertThat(mailText).contains("30분 동안 한 번만");
        Matcher link = LINK.matcher(mailText);
        assertThat(link.find()).as(mailText).isTrue();
        String token = link.group(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_sign_in WHERE token_hash = ?", Integer.class,
                com.inquirydesk.inquiry.AccessTokens.hash(token))).as("only the hash is stored").isEqualTo(1);

        HttpResponse<String> signedIn = get("/portal/my/signin?t=" + token, null);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/portal/my/inquiries");
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("my_inquiries=").contains("HttpOnly", "SameSite=Lax", "Path=/portal/my");
        String session = setCookie.substring(0, setCookie.indexOf(';'));

        HttpResponse<String> list = get("/portal/my/inquiries", session);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(first, second, "결제가 두 번 됐어요", "반품 신청했는데 소식이 없어요")
                .doesNotContain(someoneElses);
        assertThat(list.body().indexOf(second)).as("newest first").isLessThan(list.body().indexOf(first));

        HttpResponse<String> open = get("/portal/my/inquiries/" + first, session);
        assertThat(open.statusCode()).isEqualTo(303);
        assertThat(open.headers().firstValue("Location").orElseThrow()).endsWith("/portal/inquiries/" + first);
        String inquiryCookie = open.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(inquiryCookie).startsWith("inquiry_access=").contains("HttpOnly", "Path=/portal/inquiries/" + first);
        HttpResponse<String> page = get("/portal/inquiries/" + first, inquiryCookie.substring(0, inquiryCookie.indexOf(';')));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("결제가 두 번 됐어요", "카드 승인이 두 번 났어요.");

        HttpResponse<String> notMine = get("/portal/my/inquiries/" + someoneElses, session);
        assertThat(notMine.statusCode()).isEqualTo(404);
        assertThat(notMine.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> again = get("/portal/my/signin?t=" + token, null);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(again.body()).contains("더 이상 쓸 수 없는 링크입니다").doesNotContain(first, "결제가 두 번 됐어요");

        HttpResponse<String> signedOut = post("/portal/my/signout", "", session);
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(get("/portal/my/inquiries", session).body()).contains("더 이상 쓸 수 없는 링크입니다").doesNotContain(first);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String unknown = TestInquiries.uniqueEmail("my-unknown");
        HttpResponse<String> asked = post("/portal/my", "email=" + encode(unknown), null);
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/portal/my?sent");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE recipient = ?", Integer.class, unknown))
                .isZero();
    }

    @Test
    void anExpiredOrWrongLinkShowsNothing() throws Exception {
        String email = TestInquiries.uniqueEmail("my-expired");
        String code = TestInquiries.create(api, TestInquiries.request(email, "WEB", "GENERAL", "주소 변경 문의",
                "배송지를 바꾸고 싶어요.")).get("code").asText();
        post("/portal/my", "email=" + encode(email), null);
        long mailId = signInMailTo(email);
        assertThat(jdbc.queryForObject("SELECT payload FROM notification_outbox WHERE id = ?", String.class, mailId))
                .as("the stored mail holds no link; it is issued when the mail leaves").doesNotContainPattern(LINK);
        assertThat(relay.relay(List.of(mailId))).isEqualTo(1);
        String token = tokenIn(String.valueOf(readInbox(email).get(0).getContent()));

        AtomicReference<HttpResponse<String>> late = new AtomicReference<>();
        MovedClock.by(Duration.ofMinutes(31), () -> late.set(uncheckedGet("/portal/my/signin?t=" + token)));
        assertThat(late.get().statusCode()).isEqualTo(404);
        assertThat(late.get().headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(late.get().body()).contains("더 이상 쓸 수 없는 링크입니다").doesNotContain(code);

        assertThat(get("/portal/my/signin?t=" + token.substring(1) + "x", null).statusCode()).isEqualTo(404);
        assertThat(get("/portal/my/signin", null).statusCode()).isEqualTo(404);
        assertThat(get("/portal/my/inquiries", "my_inquiries=made-up").statusCode()).isEqualTo(404);
        assertThat(get("/portal/my/inquiries/" + code, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aMissingOrMalformedAddressIsShownNextToTheField() throws Exception {
        HttpResponse<String> empty = post("/portal/my", "email=", null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"email-error\"", "이메일 주소를 입력해 주세요").doesNotContain("메일을 보냈습니다");

        HttpResponse<String> malformed = post("/portal/my", "email=" + encode("hong-at-example"), null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("이메일 주소 형식이 올바르지 않습니다", "value=\"hong-at-example\"");
    }

    @Test
    void oneAddressIsSentOnlyAFewLinksAnHour() throws Exception {
        String email = TestInquiries.uniqueEmail("my-throttle");
        TestInquiries.create(api, TestInquiries.request(email, "WEB", "GENERAL", "문의", "내용입니다."));
        for (int i = 0; i < 3; i++) {
            assertThat(post("/portal/my", "email=" + encode(email), null).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> fourth = post("/portal/my", "email=" + encode(email), null);
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
        assertThat(fourth.body()).contains("id=\"email-error\"", "너무 자주 요청하셨습니다");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE recipient = ? AND template_code = ?",
                Integer.class, email, MyInquiriesSignIn.TEMPLATE)).isEqualTo(3);
    }

    private long signInMailTo(String email) {
        return jdbc.queryForObject("SELECT MAX(id) FROM notification_outbox WHERE recipient = ? AND template_code = ?",
                Long.class, email, MyInquiriesSignIn.TEMPLATE);
    }

    private static String tokenIn(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    private List<MimeMessage> readInbox(String address) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mailServer.imapPort(), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                copies.add(new MimeMessage((MimeMessage) message));
            }
            inbox.close(false);
            return copies;
        } finally {
            store.close();
        }
    }

    private HttpResponse<String> uncheckedGet(String path) {
        try {
            return get(path, null);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String form, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
