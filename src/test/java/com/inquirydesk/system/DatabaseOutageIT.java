package com.inquirydesk.system;

import static com.inquirydesk.TestInquiries.request;
import static com.inquirydesk.TestInquiries.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.ApiClient;
import com.inquirydesk.DatabaseProfiles;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TcpProxy;
import java.time.Duration;
import java.util.function.Supplier;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database becomes unreachable and comes back, simulated by cutting a TCP proxy between the application
 * and the database (the shared MariaDB server, or an H2 TCP server started here). Needs an application
 * context of its own, connected through the proxy; it is closed afterwards.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageIT {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(6);

    static Server h2;
    static TcpProxy proxy;

    @LocalServerPort int port;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws Exception {
        String url;
        if (DatabaseProfiles.onMariaDb()) {
            String direct = System.getenv().getOrDefault("DB_URL", "jdbc:mariadb://127.0.0.1:3306/inquirydesk"
                    + "?useMysqlMetadata=true&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci");
            var hostAndPort = java.util.regex.Pattern.compile("//([^:/]+):(\\d+)/").matcher(direct);
            assertThat(hostAndPort.find()).as(direct).isTrue();
            proxy = new TcpProxy(hostAndPort.group(1), Integer.parseInt(hostAndPort.group(2)));
            url = direct.substring(0, hostAndPort.start()) + "//127.0.0.1:" + proxy.port() + "/"
                    + direct.substring(hostAndPort.end());
        } else {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            proxy = new TcpProxy("127.0.0.1", h2.getPort());
            url = "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:outage-it;DB_CLOSE_DELAY=-1";
        }
        registry.add("spring.datasource.url", () -> url);
        // Jobs of this context would only fail during the outage; the lifecycle is not under test here.
        registry.add("camunda.bpm.job-execution.enabled", () -> "false");
        // Engines register by name in a JVM-wide registry that the engine REST API reads; a second "default"
        // engine would unregister the shared context's engine when this context closes.
        registry.add("camunda.bpm.process-engine-name", () -> "outage");
    }

    @AfterAll
    static void stopProxyAndDatabase() {
        proxy.close();
        if (h2 != null) {
            h2.stop();
        }
    }

    @Test
    void whileTheDatabaseIsUnreachableTheApiAnswers503QuicklyAndRecoversWithoutRestart() {
        ApiClient api = new ApiClient(port);
        assertThat(newInquiry(api).status()).isEqualTo(201);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);

        proxy.cut();
        try {
            Timed<ApiClient.Response> intake = timed(() -> newInquiry(api));
            assertThat(intake.result().status()).as(intake.result().body()).isEqualTo(503);
            assertThat(intake.result().contentType()).startsWith("application/problem+json");
            assertThat(intake.result().header("Retry-After")).isEqualTo("5");
            assertThat(intake.result().body()).doesNotContain("Exception");
            assertThat(intake.elapsed()).isLessThan(FEW_SECONDS);

            Timed<ApiClient.Response> read = timed(() -> api.get("/api/v1/inquiries/INQ-20261202-000001",
                    "X-Access-Token", "any"));
            assertThat(read.result().status()).isEqualTo(503);
            assertThat(read.elapsed()).isLessThan(FEW_SECONDS);

            Timed<ApiClient.Response> health = timed(() -> api.get("/actuator/health"));
            assertThat(health.result().status()).isEqualTo(503);
            assertThat(health.result().json().get("status").asText()).isEqualTo("DOWN");
            assertThat(health.elapsed()).isLessThan(FEW_SECONDS);
        } finally {
            proxy.restore();
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.get("/actuator/health").status() == 200);
        assertThat(newInquiry(api).status()).isEqualTo(201);
    }

    private static ApiClient.Response newInquiry(ApiClient api) {
        return api.post("/api/v1/inquiries", ApiClient.json(
                request(uniqueEmail("outage"), "WEB", "GENERAL", "장애 중 문의", "저장소가 멈췄을 때 보낸 문의")));
    }

    record Timed<T>(T result, Duration elapsed) {
    }

    private static <T> Timed<T> timed(Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        return new Timed<>(result, Duration.ofNanos(System.nanoTime() - start));
    }
}
