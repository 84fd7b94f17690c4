package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.browser.HeadlessChromium;
import com.inquirydesk.browser.ScreenshotOnFailure;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor's dashboard in headless Chromium, over a seeded week and a half: inquiries resolved and surveyed
 * and one self-served per day, sent through the public API with the engine clock moved back to their day. Every
 * chart must be drawn from data (Chart.js instance with data points, pixels on the canvas), and a new inquiry must
 * show up in today's figures by the page's own refresh, without a reload. Screenshot in target/dashboard-screenshots/.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "it.browser", matches = "true")
class DashboardBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    static final List<String> CHARTS = List.of("queue", "agents", "satisfaction", "nps", "criteria", "resolution");

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;
    @Autowired IdentityService identity;

    ApiClient api;
    HeadlessChromium browser;
    ChromeDriver driver;

    @RegisterExtension
    final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure(() -> driver);

    @BeforeEach
    void start() {
        api = new ApiClient(port);
    }

    @AfterEach
    void close() {
        ClockUtil.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void supervisorSeesEveryChartDrawnFromTheSeededWeekAndNewInquiriesWithoutReloading() throws IOException {
        seedDays(8);

        browser = HeadlessChromium.start();
        driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get("http://localhost:" + port + "/desk/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys("choi");
        driver.findElement(By.name("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(driver -> driver.findElement(By.tagName("body")).getDomAttribute("data-refreshed-at") != null);

        JsonNode trend = api.get("/api/v1/reports/dashboard", "Authorization", ApiClient.basicAuth("choi", "demo"))
                .json().get("trend");
        boolean criteriaReported = trend.get("total").get("values").has("retentionAverage");
        for (String chart : CHARTS) {
            if (chart.equals("criteria") && !criteriaReported) {
                assertThat(driver.findElement(By.id("criteria-missing")).isDisplayed())
                        .as("without the criteria in the KPI report the page says so").isTrue();
                continue;
            }
            assertThat(dataPoints(chart)).as("data points of chart %s", chart).isPositive();
            assertThat(paintedPixels(chart)).as("pixels painted on chart %s", chart).isGreaterThan(500);
        }
        assertThat(driver.findElements(By.cssSelector("#table-satisfaction tbody tr"))).as("table beside the chart")
                .isNotEmpty();
        assertThat(Integer.parseInt(driver.findElement(By.id("week-surveyAnswers")).getText())).isPositive();
        assertThat(driver.manage().logs().get("browser").getAll()).as("no script errors on the dashboard (CSP, Chart.js)")
                .filteredOn(entry -> entry.getMessage().contains("/desk/dashboard") || entry.getMessage().contains("/staff/")
                        || entry.getMessage().contains("/webjars/") || entry.getMessage().contains("/api/v1/reports/dashboard"))
                .noneMatch(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
        assertThat(driver.findElement(By.cssSelector("#figures-title ~ .figures dt")).getText()).isEqualTo("접수");
        Files.createDirectories(SCREENSHOTS);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("dashboard.png"),
                StandardCopyOption.REPLACE_EXISTING);

        driver.executeScript("window.stillTheSamePage = true;");
        int receivedToday = Integer.parseInt(driver.findElement(By.id("today-received")).getText());
        create("refresh", "GENERAL", "대시보드 갱신 확인", "새 문의가 현황판에 나타나는지 봅니다.");

        new WebDriverWait(driver, Duration.ofSeconds(75)).until(driver -> Integer.parseInt(
                driver.findElement(By.id("today-received")).getText()) == receivedToday + 1);
        assertThat(driver.executeScript("return window.stillTheSamePage === true")).as("refreshed without a reload")
                .isEqualTo(true);
    }

    /** Each of the last {@code days} days (and today): one inquiry resolved and surveyed, one solved by an article. */
    private void seedDays(int days) {
        Instant now = Instant.now();
        for (int day = days; day >= 1; day--) {
            ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofDays(day))));
            JsonNode resolved = create("seed", "BILLING", "영수증 재발급 요청", "지난달 결제 영수증을 다시 받고 싶어요");
            resolve(resolved.get("code").asText());
            answerSurvey(resolved, 1 + day % 5, 1 + day % 7, day % 11);
            JsonNode selfServed = create("seed", "GENERAL", "비밀번호 변경 방법", "비밀번호를 바꾸고 싶어요");
            // As a customer would: after the acknowledgement, while the inquiry waits for its agent.
            TestInquiries.awaitRespondTask(tasks, selfServed.get("code").asText());
            ApiClient.Response closed = api.post("/api/v1/inquiries/" + selfServed.get("code").asText() + "/self-resolved",
                    ApiClient.json(Map.of()), "X-Access-Token", selfServed.get("accessToken").asText());
            assertThat(closed.status()).as(closed.body()).isEqualTo(202);
        }
        ClockUtil.reset();
    }

    private JsonNode create(String purpose, String category, String subject, String body) {
        return TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("dashboard-" + purpose), "WEB",
                category, subject, body));
    }

    private void resolve(String code) {
        Task task = TestInquiries.awaitRespondTask(tasks, code);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), "kim");
        }
        TestInquiries.asUser(identity, "kim", () -> tasks.complete(task.getId(), Map.of("reply",
                "마이페이지 > 결제 내역에서 영수증을 다시 받으실 수 있어요.", "outcome", InquiryLifecycle.OUTCOME_RESOLVED)));
    }

    private void answerSurvey(JsonNode inquiry, int csat, int ces, int nps) {
        String code = inquiry.get("code").asText();
        String token = inquiry.get("accessToken").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> api.get("/api/v1/inquiries/" + code, "X-Access-Token", token).json().path("surveyUrl")
                        .asText(null), url -> url != null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("csat", csat);
        answer.put("ces", ces);
        answer.put("nps", nps);
        answer.put("retention", csat);
        answer.put("productExperience", 4);
        answer.put("onlineExperience", 3);
        answer.put("waitTime", 5);
        answer.put("expectationsMet", csat);
        ApiClient.Response answered = api.post("/api/v1/inquiries/" + code + "/survey", ApiClient.json(answer),
                "X-Access-Token", token);
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
    }

    /** Non-null values across the datasets of the page's Chart.js instance on that canvas. */
    private long dataPoints(String chart) {
        Object count = driver.executeScript("""
                const chart = Chart.getChart(document.getElementById('chart-' + arguments[0]));
                if (!chart) { return 0; }
                return chart.data.datasets.reduce((sum, d) => sum + d.data.filter(v => v !== null && v !== undefined).length, 0);
                """, chart);
        return ((Number) count).longValue();
    }

    /** Pixels of the canvas that are not fully transparent: the chart was actually drawn. */
    private long paintedPixels(String chart) {
        Object count = driver.executeScript("""
                const canvas = document.getElementById('chart-' + arguments[0]);
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { painted++; } }
                return painted;
                """, chart);
        return ((Number) count).longValue();
    }
}
