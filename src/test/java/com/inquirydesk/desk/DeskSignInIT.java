package com.inquirydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff sign in on the Korean {@code /login} page and land on {@code /desk}, which lists only the pages their roles
 * open: every desk page it links to answers 200 for that person, so no role lands on a refusal.
 */
@IntegrationTest
class DeskSignInIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern PLACE = Pattern.compile("<li>\\s*<a href=\"([^\"]+)\">([^<]+)</a>");

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} lands on the desk and every page it lists opens")
    @CsvSource(delimiter = ';', value = {
            "kim;Tasklist,문의 목록,내부 매뉴얼",
            "choi;Tasklist,문의 목록,내부 매뉴얼,대시보드,주간 VOC 보고서,상담원 현황,발송 실패,지식베이스 관리,Cockpit",
            "jung;Tasklist",
            "han;문의 목록,대시보드,주간 VOC 보고서,Cockpit"})
    void eachRoleLandsOnTheDeskAndEveryPageItListsOpens(String user, String expectedPlaces) throws Exception {
        Session session = new Session();
        HttpResponse<String> signedIn = session.signIn(user, "demo");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/desk"));

        HttpResponse<String> home = session.get("/desk");
        assertThat(home.statusCode()).isEqualTo(200);
        List<String[]> places = places(home.body());
        assertThat(places).extracting(place -> place[1]).containsExactly(expectedPlaces.split(","));
        for (String[] place : places) {
            if (place[0].startsWith("/desk")) {
                assertThat(session.get(place[0]).statusCode()).as(user + " opens " + place[0]).isEqualTo(200);
            }
        }
    }

    @Test
    void theLoginPageSpeaksKoreanAndAWrongPasswordSaysSoWithoutSigningIn() throws Exception {
        Session session = new Session();
        HttpResponse<String> page = session.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("상담 데스크 로그인", "아이디", "비밀번호").doesNotContain("Please sign in");

        // An unknown login: a wrong password for a real one would lock that account for the other tests for a while.
        HttpResponse<String> refused = session.signIn("no-such-staff", "wrong-password");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(session.get("/login?error").body()).contains("아이디 또는 비밀번호가 맞지 않습니다");
        assertThat(session.get("/desk").statusCode()).as("not signed in: back to the login page").isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSessionAndSaysSo() throws Exception {
        Session session = new Session();
        session.signIn("kim", "demo");
        assertThat(session.get("/desk").statusCode()).isEqualTo(200);

        String token = csrf(session.get("/desk").body());
        HttpResponse<String> out = session.post("/logout", "_csrf=" + enc(token));
        assertThat(out.statusCode()).as(out.body()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
        assertThat(session.get("/login?logout").body()).contains("로그아웃했습니다");
        assertThat(session.get("/desk").statusCode()).isEqualTo(302);
    }

    private static List<String[]> places(String html) {
        List<String[]> places = new ArrayList<>();
        Matcher matcher = PLACE.matcher(html);
        while (matcher.find()) {
            places.add(new String[] {matcher.group(1), matcher.group(2).trim()});
        }
        return places;
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser's cookie jar without a browser: the login form's token, the session cookie, no redirects followed. */
    private final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
            String token = csrf(get("/login").body());
            return post("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
