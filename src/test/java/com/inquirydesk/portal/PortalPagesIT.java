package com.inquirydesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The customer center's pages as a browser without JavaScript uses them: plain GETs and form posts. */
@IntegrationTest
class PortalPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    final HttpClient http = HttpClient.newHttpClient();
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void frontPageSearchAndArticleShowThePublishedArticles() throws Exception {
        HttpResponse<String> home = get("/portal", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("무엇을 도와드릴까요?", "공지사항", "연말 배송 및 고객센터 운영 안내",
                "많이 본 도움말", "자주 묻는 질문", "환불은 언제 입금되나요?", "반품·환불 문의");

        HttpResponse<String> search = get("/portal/search?q=" + encode("환불이 안 돼요"), null);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("환불은 언제 입금되나요?", "상담원에게 문의하기");

        HttpResponse<String> article = get("/portal/articles/refund-timeline", null);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("환불은 언제 입금되나요?", "도움이 되었나요?", "관련 도움말", "상담원에게 문의하기",
                "/portal/inquiries/new?category=RETURN");

        HttpResponse<String> vote = post("/portal/articles/refund-timeline/feedback", Map.of("helpful", "yes"), null);
        assertThat(vote.statusCode()).isEqualTo(302);
        assertThat(vote.headers().firstValue("Location").orElseThrow()).contains("/portal/articles/refund-timeline?voted=yes");

        assertThat(get("/portal/articles/no-such-article", null).statusCode()).isEqualTo(404);
    }

    @Test
    void anInvalidFormShowsEachProblemNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", "BILLING");
        form.put("subject", "");
        form.put("body", "카드 결제가 두 번 되었어요.");
        form.put("email", "not-an-address");
        HttpResponse<String> page = post("/portal/inquiries/new", form, null);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("제목을 적어 주세요.", "이메일 주소 형식이 올바르지 않습니다",
                "카드 결제가 두 번 되었어요.", "value=\"not-an-address\"", "<option value=\"BILLING\" selected=\"selected\">");

        form.put("email", "");
        form.put("subject", "결제 오류");
        HttpResponse<String> unreachable = post("/portal/inquiries/new", form, null);
        assertThat(unreachable.statusCode()).isEqualTo(400);
        assertThat(unreachable.body()).contains("이메일 주소나 전화번호 중 하나는 꼭 적어 주세요.");
    }

    @Test
    void aSubmittedInquiryIsFollowedWithItsOwnCookieAndRendersItsSubjectAsText() throws Exception {
        String subject = "<script>alert(1)</script>";
        HttpResponse<String> created = post("/portal/inquiries/new", Map.of("category", "TECHNICAL", "subject", subject,
                "body", "앱이 자꾸 꺼져요.", "email", TestInquiries.uniqueEmail("portal"), "field.device", "ios"), null);
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/portal/inquiries/INQ-\\d{8}-\\d{6}\\?done=created");
        String path = location.substring(location.indexOf("/portal/"), location.indexOf('?'));
        String setCookie = created.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=" + path);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        HttpResponse<String> page = get(path + "?done=created", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "문의가 접수되었습니다", "답변 예정", "상담원 연결", "해결됐어요")
                .doesNotContain("<script>alert(1)</script>");

        HttpResponse<String> stranger = get(path, null);
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain("alert(1)", "앱이 자꾸 꺼져요");
    }

    @Test
    void theTokenLinkBecomesACookieAndAWrongTokenShowsNothing() throws Exception {
        JsonNode created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("portal-link"), "EMAIL",
                "RETURN", "반품 상품 회수 일정", "지난주 반품 신청했는데 회수 기사님이 안 오셨어요."));
        String path = "/portal/inquiries/" + created.get("code").asText();

        HttpResponse<String> wrong = get(path + "?token=wrong-token", null);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(wrong.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(wrong.body()).doesNotContain("반품 상품 회수 일정", "회수 기사님");

        HttpResponse<String> exchanged = get(path + "?token=" + created.get("accessToken").asText(), null);
        assertThat(exchanged.statusCode()).isEqualTo(302);
        assertThat(exchanged.headers().firstValue("Location").orElseThrow()).endsWith(path);
        assertThat(exchanged.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        String setCookie = exchanged.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=" + path);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        HttpResponse<String> page = get(path, cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("반품 상품 회수 일정", "회수 기사님이 안 오셨어요");

        HttpResponse<String> emptyReply = post(path + "/reply", Map.of("body", "  "), cookie);
        assertThat(emptyReply.statusCode()).isEqualTo(400);
        assertThat(emptyReply.body()).contains("보내실 내용을 적거나 파일을 첨부해 주세요.");

        HttpResponse<String> reply = post(path + "/reply", Map.of("body", "오늘 오후에는 집에 있습니다."), cookie);
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElseThrow()).endsWith(path + "?done=replied");
        assertThat(get(path, cookie).body()).contains("오늘 오후에는 집에 있습니다.");

        HttpResponse<String> agent = post(path + "/agent-request", Map.of(), cookie);
        assertThat(agent.statusCode()).isEqualTo(302);
        assertThat(agent.headers().firstValue("Location").orElseThrow()).endsWith(path + "?done=agent");

        assertThat(post(path + "/reply", Map.of("body", "다른 사람"), null).statusCode()).isEqualTo(404);
    }

    @Test
    void theTypesExtraFieldsAreValidatedStoredAndShownToTheAgent() throws Exception {
        HttpResponse<String> form = get("/portal/inquiries/new?category=TECHNICAL", null);
        assertThat(form.body()).contains("기술·오류 문의에 필요한 정보", "사용 기기", "안드로이드 휴대폰·태블릿", "앱 버전");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "TECHNICAL");
        fields.put("subject", "앱이 실행되자마자 꺼져요");
        fields.put("body", "업데이트 후 앱을 열면 바로 꺼집니다.");
        fields.put("email", TestInquiries.uniqueEmail("portal-fields"));
        fields.put("field.device", "android");
        fields.put("field.appVersion", "버전 5");
        fields.put("field.reproducible", "true");
        HttpResponse<String> refused = post("/portal/inquiries/new", fields, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("앱 버전 형식이 올바르지 않습니다.", "value=\"버전 5\"",
                "<option value=\"android\" selected=\"selected\">", "업데이트 후 앱을 열면 바로 꺼집니다.");

        fields.put("field.appVersion", "5.12.0");
        HttpResponse<String> created = post("/portal/inquiries/new", fields, null);
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String code = location.substring(location.indexOf("INQ-"), location.indexOf('?'));

        // The agent may open the inquiry once routing has put it in their group's queue.
        Task respond = TestInquiries.awaitRespondTask(tasks, code);
        ApiClient.Response desk = api.get("/desk/inquiries/" + code, "Authorization", ApiClient.basicAuth("park", "demo"));
        assertThat(desk.status()).isEqualTo(200);
        assertThat(desk.body()).contains("문의 유형 항목", "사용 기기", "안드로이드 휴대폰·태블릿", "5.12.0", "오류가 매번 일어나요");

        assertThat(tasks.getVariable(respond.getId(), "inquiryFields"))
                .isEqualTo("사용 기기: 안드로이드 휴대폰·태블릿\n앱 버전: 5.12.0\n오류가 매번 일어나요: 예");
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String cookie) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
