package com.inquirydesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/v1/kb/articles as a customer's browser calls it, over the seeded articles. */
@IntegrationTest
class KnowledgeSearchApiIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void koreanQueriesFindTheArticleByItsNounWithTheFiltersApplied() {
        assertThat(slugs(search("q=" + encode("세금계산서")))).containsExactly("receipt-and-tax-invoice");
        assertThat(slugs(search("q=" + encode("환불이 안 돼요") + "&category=RETURN")).get(0)).isEqualTo("refund-timeline");
        assertThat(slugs(search("q=" + encode("결제 취소") + "&category=BILLING")))
                .containsExactly("payment-failed", "receipt-and-tax-invoice");
        assertThat(slugs(search("q=" + encode("예약금")))).isEmpty();
        assertThat(slugs(search("q=" + encode("예약금") + "&segment=clinic"))).containsExactly("clinic-booking-refund");
        assertThat(slugs(search("type=NOTICE"))).contains("year-end-delivery-notice")
                .allMatch(slug -> !slug.equals("refund-timeline"));

        JsonNode hit = search("q=" + encode("세금계산서")).get("articles").get(0);
        assertThat(hit.get("title").asText()).isEqualTo("영수증과 세금계산서 발급");
        assertThat(hit.get("categoryLabel").asText()).isEqualTo("결제");
        assertThat(hit.get("url").asText()).endsWith("/portal/articles/receipt-and-tax-invoice");
        assertThat(hit.get("excerpt").asText()).startsWith("현금영수증과 카드 영수증은");
    }

    @Test
    void badSearchParametersGetAProblemNamingTheParameter() {
        ApiClient.Response wrongCategory = api.get("/api/v1/kb/articles?q=x&category=REFUND");
        assertThat(wrongCategory.status()).isEqualTo(400);
        assertThat(wrongCategory.contentType()).startsWith("application/problem+json");
        assertThat(wrongCategory.json().get("detail").asText()).contains("category");

        ApiClient.Response tooLong = api.get("/api/v1/kb/articles?q=" + "가".repeat(201));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("q");

        assertThat(api.get("/api/v1/kb/articles?limit=0").status()).isEqualTo(400);
    }

    @Test
    void aHelpfulVoteIsCountedAndAnUnknownArticleIsNotFound() {
        ApiClient.Response vote = api.post("/api/v1/kb/articles/delivery-status/feedback", "{\"helpful\":true}");
        assertThat(vote.status()).isEqualTo(204);

        ApiClient.Response unknown = api.post("/api/v1/kb/articles/no-such-article/feedback", "{\"helpful\":true}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/kb/articles/no-such-article").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/kb/articles/delivery-status/feedback", "{}").status()).isEqualTo(400);
    }

    private JsonNode search(String query) {
        ApiClient.Response response = api.get("/api/v1/kb/articles?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> slugs(JsonNode result) {
        List<String> slugs = new ArrayList<>();
        result.get("articles").forEach(article -> slugs.add(article.get("slug").asText()));
        return slugs;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
