package com.inquirydesk.kbadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The knowledge managers' pages as a browser without script uses them: forms with the CSRF token. */
@IntegrationTest
class KnowledgeBaseDeskPagesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    HttpClient browser;

    @BeforeEach
    void session() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void aKnowledgeManagerWritesPublishesEditsAndUnpublishesAnArticleOnThePages() throws Exception {
        String slug = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> blank = get("/desk/kb/new");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("새 도움말 쓰기", "주소(slug)", "자주 묻는 질문", "결제");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", "Not A Slug");
        form.put("title", "멤버십 등급 안내");
        form.put("body", "");
        form.put("type", "FAQ");
        form.put("category", "ACCOUNT");
        form.put("action", "publish");
        HttpResponse<String> refused = post("/desk/kb/new", form, csrf(blank));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"slug-error\"", "영문 소문자, 숫자와 하이픈", "id=\"body-error\"",
                "본문을 입력해 주세요.", "value=\"멤버십 등급 안내\"", "<option value=\"ACCOUNT\" selected=\"selected\">");

        form.put("slug", slug);
        form.put("body", "등급은 지난 6개월 구매 금액으로 매달 1일에 정해집니다.");
        HttpResponse<String> created = post("/desk/kb/new", form, csrf(refused));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/desk/kb/" + slug + "/edit?done=published");

        HttpResponse<String> editPage = get("/desk/kb/" + slug + "/edit?done=published");
        assertThat(editPage.body()).contains("게시했습니다", "게시 중", "고객센터에서 보기", "value=\"2\"");
        assertThat(anonymous("/portal/articles/" + slug).statusCode()).isEqualTo(200);

        Map<String, String> edit = new LinkedHashMap<>(form);
        edit.remove("slug");
        edit.remove("action");
        edit.put("title", "멤버십 등급과 혜택 안내");
        edit.put("version", "2");
        HttpResponse<String> saved = post("/desk/kb/" + slug + "/edit", edit, csrf(editPage));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("?done=saved");

        HttpResponse<String> stale = post("/desk/kb/" + slug + "/edit", edit, csrf(editPage));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("다른 사람이 먼저 고쳤습니다", "value=\"멤버십 등급과 혜택 안내\"");

        HttpResponse<String> history = get("/desk/kb/" + slug + "/versions");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("버전 3", "버전 2", "버전 1", "멤버십 등급과 혜택 안내", "choi");

        HttpResponse<String> afterSave = get("/desk/kb/" + slug + "/edit");
        HttpResponse<String> badTime = post("/desk/kb/" + slug + "/publish", Map.of("publishAt", "다음 주", "version", "3"),
                csrf(afterSave));
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("id=\"publishAt-error\"", "2026-12-24T09:00 같은 형식");

        HttpResponse<String> unpublished = post("/desk/kb/" + slug + "/unpublish", Map.of("version", "3"), csrf(afterSave));
        assertThat(unpublished.statusCode()).isEqualTo(302);
        assertThat(get("/desk/kb/" + slug + "/edit?done=unpublished").body()).contains("게시를 중단했습니다", "게시 중단");
        assertThat(anonymous("/portal/articles/" + slug).statusCode()).isEqualTo(404);

        HttpResponse<String> list = get("/desk/kb?status=UNPUBLISHED&category=ACCOUNT");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(slug, "멤버십 등급과 혜택 안내");
        assertThat(get("/desk/kb?status=PUBLISHED&category=ACCOUNT").body()).doesNotContain(slug);
        HttpResponse<String> badFilter = get("/desk/kb?status=LIVE");
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(badFilter.body()).contains("id=\"status-error\"", "가능한 값: DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED");
        assertThat(get("/desk/kb/no-such-article/edit").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        Map<String, String> form = Map.of("slug", "no-token-" + UUID.randomUUID().toString().substring(0, 8),
                "title", "토큰 없음", "body", "본문", "type", "FAQ", "category", "GENERAL");
        assertThat(post("/desk/kb/new", form, null).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", ApiClient.basicAuth("choi", "demo")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> anonymous(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String csrf) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", ApiClient.basicAuth("choi", "demo"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("CSRF token in the form").isTrue();
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
