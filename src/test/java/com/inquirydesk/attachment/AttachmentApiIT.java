package com.inquirydesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.notification.MovedClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files through the customer API and the desk: what is taken, what is refused and why, who may open them, how long they stay. */
@IntegrationTest
class AttachmentApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired AttachmentRetention retention;

    ApiClient api;
    String code;
    String token;

    @BeforeEach
    void inquiry() {
        api = new ApiClient(port);
        JsonNode created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("attachment"), "WEB",
                "BILLING", "영수증 사진을 보냅니다", "결제 영수증이 두 번 나왔어요. 사진을 첨부합니다."));
        code = created.get("code").asText();
        token = created.get("accessToken").asText();
    }

    @Test
    void aPictureIsStoredWithItsDetectedTypeAndComesBackToTheCustomerUnchanged() throws Exception {
        byte[] png = TestFiles.png();
        TestFiles.Upload upload = upload("../../영수증 사진.PNG", png);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        JsonNode stored = JSON.readTree(upload.body());
        assertThat(stored.get("name").asText()).isEqualTo("영수증 사진.PNG");
        assertThat(stored.get("contentType").asText()).isEqualTo("image/png");
        assertThat(stored.get("size").asLong()).isEqualTo(png.length);
        assertThat(stored.get("sha256").asText()).isEqualTo(AttachmentService.sha256(png));

        HttpResponse<byte[]> back = TestFiles.download(port, "/api/v1/inquiries/" + code + "/attachments/" + stored.get("id").asLong(),
                "X-Access-Token", token);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).isEqualTo(png);
        assertThat(back.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
        assertThat(back.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(back.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;");

        HttpResponse<byte[]> otherToken = TestFiles.download(port, "/api/v1/inquiries/" + code + "/attachments/"
                + stored.get("id").asLong(), "X-Access-Token", "not-the-token");
        assertThat(otherToken.statusCode()).isEqualTo(404);
        assertThat(new String(otherToken.body())).doesNotContain("영수증");
    }

    @Test
    void aPdfIsOfferedAsADownload() throws Exception {
        TestFiles.Upload upload = upload("명세서.pdf", TestFiles.pdf());
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        long id = JSON.readTree(upload.body()).get("id").asLong();
        HttpResponse<byte[]> back = TestFiles.download(port, "/api/v1/inquiries/" + code + "/attachments/" + id,
                "X-Access-Token", token);
        assertThat(back.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(back.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("filename*=UTF-8''%EB%AA%85%EC%84%B8%EC%84%9C.pdf");
    }

    @Test
    void aScriptNamedLikeAPictureIsRefusedByItsContent() throws Exception {
        TestFiles.Upload upload = upload("photo.png", TestFiles.script());
        assertThat(upload.status()).isEqualTo(415);
        JsonNode problem = JSON.readTree(upload.body());
        assertThat(problem.get("type").asText()).endsWith("/attachment-type");
        assertThat(problem.get("detail").asText()).contains("photo.png", "받을 수 없는 형식", "PDF");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(countOf(code)).isZero();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413() throws Exception {
        byte[] big = Arrays.copyOf(TestFiles.png(), 10 * 1024 * 1024 + 1);
        TestFiles.Upload upload = upload("큰 사진.png", big);
        assertThat(upload.status()).isEqualTo(413);
        JsonNode problem = JSON.readTree(upload.body());
        assertThat(problem.get("detail").asText()).contains("10MB");
        assertThat(countOf(code)).isZero();
    }

    @Test
    void anUploadWithoutAFileOrTokenOrAsJsonIsAClearClientError() throws Exception {
        TestFiles.Upload noFile = TestFiles.upload(port, "/api/v1/inquiries/" + code + "/attachments", token, null, null, null);
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(JSON.readTree(noFile.body()).get("errors").get(0).get("field").asText()).isEqualTo("file");

        TestFiles.Upload noToken = TestFiles.upload(port, "/api/v1/inquiries/" + code + "/attachments", null, "file",
                "a.png", TestFiles.png());
        assertThat(noToken.status()).isEqualTo(401);

        TestFiles.Upload wrongToken = TestFiles.upload(port, "/api/v1/inquiries/" + code + "/attachments", "wrong", "file",
                "a.png", TestFiles.png());
        assertThat(wrongToken.status()).isEqualTo(404);

        ApiClient.Response json = api.post("/api/v1/inquiries/" + code + "/attachments", "{}", "X-Access-Token", token);
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.json().get("title").asText()).isNotBlank();
    }

    @Test
    void atMostFiveFilesGoWithOneMessage() {
        for (int i = 1; i <= 5; i++) {
            assertThat(upload("사진" + i + ".png", TestFiles.png()).status()).isEqualTo(201);
        }
        TestFiles.Upload sixth = upload("사진6.png", TestFiles.png());
        assertThat(sixth.status()).isEqualTo(400);
        assertThat(sixth.body()).contains("5개까지");
    }

    @Test
    void staffWhoMayReadTheInquiryOpenItsFilesAndEveryOpeningIsRecorded() throws Exception {
        long id = JSON.readTree(upload("영수증.png", TestFiles.png()).body()).get("id").asLong();
        TestInquiries.awaitRouted(jdbc, code);
        String path = "/desk/inquiries/" + code + "/attachments/" + id;

        ApiClient.Response page = api.get("/desk/inquiries/" + code, "Authorization", ApiClient.basicAuth("kim", "demo"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("첨부파일", "영수증.png", "PNG 이미지", path);

        HttpResponse<byte[]> kim = TestFiles.download(port, path, "Authorization", ApiClient.basicAuth("kim", "demo"));
        assertThat(kim.statusCode()).isEqualTo(200);
        assertThat(kim.body()).isEqualTo(TestFiles.png());
        assertThat(kim.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_record WHERE account = 'kim' AND target = ?",
                Long.class, "attachment " + id + " of inquiry " + code)).isOne();

        assertThat(TestFiles.download(port, path, "Authorization", ApiClient.basicAuth("lee", "demo")).statusCode())
                .as("not lee's group").isEqualTo(404);
        assertThat(TestFiles.download(port, "/desk/inquiries/" + code + "/attachments/999999999",
                "Authorization", ApiClient.basicAuth("kim", "demo")).statusCode()).isEqualTo(404);
        assertThat(TestFiles.download(port, path).statusCode()).as("no login").isIn(302, 401);
    }

    @Test
    void filesLoseTheirBytesAfterTheRetentionButStayListedAsDeleted() throws Exception {
        long id = JSON.readTree(upload("오래된 사진.png", TestFiles.png()).body()).get("id").asLong();
        retention.purgeExpired();
        assertThat(download(id).statusCode()).as("still within the retention").isEqualTo(200);

        MovedClock.by(Duration.ofDays(89), () -> retention.purgeExpired());
        assertThat(download(id).statusCode()).as("89 days on").isEqualTo(200);

        MovedClock.by(Duration.ofDays(91), () -> assertThat(retention.purgeExpired()).isPositive());
        assertThat(download(id).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForMap("SELECT original_name, content, deleted_at FROM attachment WHERE id = ?", id))
                .containsEntry("original_name", "오래된 사진.png").containsEntry("content", null)
                .extractingByKey("deleted_at").isNotNull();
        TestInquiries.awaitRouted(jdbc, code);
        assertThat(api.get("/desk/inquiries/" + code, "Authorization", ApiClient.basicAuth("kim", "demo")).body())
                .contains("오래된 사진.png</span> (삭제됨)");
    }

    @Test
    void erasingTheCustomerTakesTheFilesAndTheirNames() throws Exception {
        long id = JSON.readTree(upload("주민등록증 사본.png", TestFiles.png()).body()).get("id").asLong();
        long customerId = jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE code = ?", Long.class, code);
        assertThat(api.delete("/api/v1/staff/customers/" + customerId, "Authorization", ApiClient.basicAuth("choi", "demo"))
                .status()).isLessThan(300);
        assertThat(jdbc.queryForMap("SELECT original_name, content FROM attachment WHERE id = ?", id))
                .containsEntry("original_name", "(삭제됨)").containsEntry("content", null);
    }

    private TestFiles.Upload upload(String name, byte[] content) {
        return TestFiles.upload(port, "/api/v1/inquiries/" + code + "/attachments", token, "file", name, content);
    }

    private HttpResponse<byte[]> download(long id) {
        return TestFiles.download(port, "/api/v1/inquiries/" + code + "/attachments/" + id, "X-Access-Token", token);
    }

    private long countOf(String inquiryCode) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM attachment a JOIN inquiry i ON i.id = a.inquiry_id WHERE i.code = ?",
                Long.class, inquiryCode);
    }
}
