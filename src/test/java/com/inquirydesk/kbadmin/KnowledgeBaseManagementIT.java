package com.inquirydesk.kbadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.notification.MovedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Knowledge managers' API as choi uses it, checked against what customers then find in the public search. */
@IntegrationTest
class KnowledgeBaseManagementIT {

    private static final String BASE = "/api/v1/staff/kb/articles";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String[] choi;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        choi = new String[] {"Authorization", ApiClient.basicAuth("choi", "demo")};
    }

    @Test
    void aDraftIsHiddenUntilPublishedEditsAreVersionedAndUnpublishingHidesItAgain() {
        String word = uniqueWord();
        String slug = "kb-draft-" + word;
        ApiClient.Response created = api.post(BASE, ApiClient.json(article(slug, word + " 포인트 적립 안내", "FAQ")), choi);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(BASE + "/" + slug);
        assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(publicSearch(word)).isEmpty();
        assertThat(api.get("/portal/articles/" + slug).status()).isEqualTo(404);
        assertThat(slugs(api.get(BASE + "?status=DRAFT&type=FAQ&category=GENERAL", choi).json())).contains(slug);
        assertThat(slugs(api.get(BASE + "?status=PUBLISHED", choi).json())).doesNotContain(slug);

        ApiClient.Response published = api.post(BASE + "/" + slug + "/publish", "{\"version\":1}", choi);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(publicSearch(word)).containsExactly(slug);

        Map<String, Object> edit = article(slug, word + " 포인트 적립과 사용 안내", "GUIDE");
        edit.remove("slug");
        edit.put("version", 2);
        ApiClient.Response edited = api.put(BASE + "/" + slug, ApiClient.json(edit), choi);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("version").asInt()).isEqualTo(3);
        assertThat(edited.json().get("type").asText()).isEqualTo("GUIDE");
        assertThat(edited.json().get("status").asText()).as("an edit keeps the article published").isEqualTo("PUBLISHED");
        assertThat(api.get("/api/v1/kb/articles/" + slug).json().get("title").asText()).isEqualTo(word + " 포인트 적립과 사용 안내");

        ApiClient.Response stale = api.put(BASE + "/" + slug, ApiClient.json(edit), choi);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("errors").get(0).get("field").asText()).isEqualTo("version");

        ApiClient.Response unpublished = api.post(BASE + "/" + slug + "/unpublish", "", choi);
        assertThat(unpublished.json().get("status").asText()).isEqualTo("UNPUBLISHED");
        assertThat(publicSearch(word)).isEmpty();
        assertThat(api.get("/api/v1/kb/articles/" + slug).status()).isEqualTo(404);

        JsonNode versions = api.get(BASE + "/" + slug + "/versions", choi).json();
        List<String> history = new ArrayList<>();
        versions.forEach(v -> history.add(v.get("version").asInt() + ":" + v.get("status").asText() + ":" + v.get("type").asText()
                + ":" + v.get("editor").asText()));
        assertThat(history).containsExactly("1:DRAFT:FAQ:choi", "2:PUBLISHED:FAQ:choi", "3:PUBLISHED:GUIDE:choi",
                "4:UNPUBLISHED:GUIDE:choi");
        assertThat(versions.get(1).get("title").asText()).isEqualTo(word + " 포인트 적립 안내");

        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE entity_type = 'kb_article' AND entity_id = ? ORDER BY id",
                String.class, slug)).containsExactly("KB_ARTICLE_CREATED", "KB_ARTICLE_PUBLISHED", "KB_ARTICLE_EDITED",
                "KB_ARTICLE_UNPUBLISHED");
        assertThat(jdbc.queryForList("SELECT DISTINCT actor FROM audit_event WHERE entity_type = 'kb_article' AND entity_id = ?",
                String.class, slug)).containsExactly("choi");
    }

    @Test
    void aScheduledArticleIsFoundOnlyOnceItsPublishTimeHasCome() {
        String word = uniqueWord();
        String slug = "kb-scheduled-" + word;
        Instant at = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> request = article(slug, word + " 설 연휴 배송 안내", "NOTICE");
        request.put("publishAt", at.toString());
        ApiClient.Response created = api.post(BASE, ApiClient.json(request), choi);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(created.json().get("publishAt").asText())).isEqualTo(at);
        assertThat(slugs(api.get(BASE + "?status=SCHEDULED", choi).json())).contains(slug);

        assertThat(publicSearch(word)).isEmpty();
        assertThat(api.get("/api/v1/kb/articles/" + slug).status()).isEqualTo(404);

        AtomicReference<List<String>> justBefore = new AtomicReference<>();
        MovedClock.by(Duration.between(Instant.now(), at).minusMinutes(1), () -> justBefore.set(publicSearch(word)));
        assertThat(justBefore.get()).isEmpty();

        AtomicReference<List<String>> after = new AtomicReference<>();
        AtomicReference<Integer> readable = new AtomicReference<>();
        AtomicReference<String> status = new AtomicReference<>();
        MovedClock.by(Duration.between(Instant.now(), at).plusMinutes(1), () -> {
            after.set(publicSearch(word));
            readable.set(api.get("/api/v1/kb/articles/" + slug).status());
            status.set(api.get(BASE + "/" + slug, choi).json().get("status").asText());
        });
        assertThat(after.get()).containsExactly(slug);
        assertThat(readable.get()).isEqualTo(200);
        assertThat(status.get()).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE entity_type = 'kb_article' AND entity_id = ? ORDER BY id",
                String.class, slug)).containsExactly("KB_ARTICLE_CREATED", "KB_ARTICLE_SCHEDULED");
    }

    @Test
    void helpfulVotesDecideTheOrderOfOtherwiseEqualMatches() {
        String word = uniqueWord();
        String first = "kb-rank-a-" + word;
        String second = "kb-rank-b-" + word;
        for (String slug : List.of(first, second)) {
            Map<String, Object> request = article(slug, word + " 쿠폰 안내", "FAQ");
            request.put("publish", true);
            assertThat(api.post(BASE, ApiClient.json(request), choi).status()).isEqualTo(201);
        }
        vote(first, 1);
        assertThat(publicSearch(word)).containsExactly(first, second);

        vote(second, 3);
        assertThat(publicSearch(word)).containsExactly(second, first);
        JsonNode managed = api.get(BASE + "/" + second, choi).json();
        assertThat(managed.get("helpfulCount").asInt()).isEqualTo(3);
    }

    @Test
    void badArticlesAreRefusedNamingEveryField() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("slug", "Refund Timeline!");
        bad.put("title", " ");
        bad.put("body", "가".repeat(20_001));
        bad.put("type", "MANUAL");
        bad.put("category", "REFUND");
        ApiClient.Response refused = api.post(BASE, ApiClient.json(bad), choi);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Map<String, String> errors = new LinkedHashMap<>();
        refused.json().get("errors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
        assertThat(errors).containsOnlyKeys("slug", "title", "body", "type", "category");
        assertThat(errors.get("slug")).contains("영문 소문자");
        assertThat(errors.get("type")).contains("NOTICE, FAQ, GUIDE");

        ApiClient.Response taken = api.post(BASE, ApiClient.json(article("refund-timeline", "환불 안내", "FAQ")), choi);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("errors").get(0).get("field").asText()).isEqualTo("slug");

        Map<String, Object> badTime = article("kb-bad-time-" + uniqueWord(), "시각 오류", "FAQ");
        badTime.put("publishAt", "내일 아침");
        ApiClient.Response wrongTime = api.post(BASE, ApiClient.json(badTime), choi);
        assertThat(wrongTime.status()).isEqualTo(400);
        assertThat(wrongTime.json().get("errors").get(0).get("field").asText()).isEqualTo("publishAt");

        assertThat(api.get(BASE + "?status=LIVE", choi).json().get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(api.get(BASE + "/no-such-article", choi).status()).isEqualTo(404);
        assertThat(api.post(BASE + "/no-such-article/publish", "{}", choi).status()).isEqualTo(404);
    }

    private void vote(String slug, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(api.post("/api/v1/kb/articles/" + slug + "/feedback", "{\"helpful\":true}").status()).isEqualTo(204);
        }
    }

    private List<String> publicSearch(String word) {
        ApiClient.Response found = api.get("/api/v1/kb/articles?q=" + word);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return slugs(found.json());
    }

    private static Map<String, Object> article(String slug, String title, String type) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("slug", slug);
        request.put("title", title);
        request.put("body", "적립한 포인트는 결제할 때 바로 쓸 수 있습니다. 유효 기간은 1년입니다.");
        request.put("type", type);
        request.put("category", "GENERAL");
        request.put("keywords", "포인트, 적립");
        return request;
    }

    private static List<String> slugs(JsonNode result) {
        List<String> slugs = new ArrayList<>();
        result.get("articles").forEach(a -> slugs.add(a.get("slug").asText()));
        return slugs;
    }

    /** Lower-case letters only, so Nori keeps it one term and no other article contains it. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("kb");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
