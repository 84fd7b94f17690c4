package com.inquirydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.browser.HeadlessChromium;
import com.inquirydesk.browser.ScreenshotOnFailure;
import com.inquirydesk.browser.TasklistPage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Script written by a customer stays text everywhere it is shown: in the customer's own pages (inquiry, chat,
 * survey), on the desk (conversation, audit timeline, deliveries) and in Tasklist (task list and form). Every
 * attempt would set {@code window.__xss} or open an alert; neither may ever happen, and the text must be shown
 * literally. Runs only with {@code -Dit.browser=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "it.browser", matches = "true")
class XssBrowserIT {

    /** Script tags, event handlers, javascript: URLs, attribute and element breakouts, template injection. */
    static final List<String> ATTACKS = List.of(
            "<script>window.__xss=1;alert(1)</script>",
            "<img src=x onerror=\"window.__xss=2;alert(2)\">",
            "<svg onload=window.__xss=3>",
            "\"><script>window.__xss=4</script>",
            "'><img src=x onerror=window.__xss=5>",
            "javascript:window.__xss=6",
            "<a href=\"javascript:window.__xss=7\">눌러 보세요</a>",
            "{{constructor.constructor('window.__xss=8')()}}",
            "{{7*7}}",
            "${7*7}",
            "[[${7*7}]]",
            "<iframe src=\"javascript:window.__xss=12\"></iframe>",
            "<details open ontoggle=window.__xss=13>",
            "\\u003cscript\\u003ewindow.__xss=14\\u003c/script\\u003e",
            "안녕하세요<script>window.__xss=15</script>고객님 환불 부탁드려요",
            "</textarea><script>window.__xss=16</script>",
            "</title><script>window.__xss=17</script>",
            "<input autofocus onfocus=window.__xss=18>",
            "<body onload=window.__xss=19>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=20>",
            "%3Cscript%3Ewindow.__xss=21%3C/script%3E",
            "<div th:text=\"${T(java.lang.Runtime).getRuntime()}\">22</div>",
            "<marquee onstart=window.__xss=23>반품</marquee>",
            "<scr<script>ipt>window.__xss=24</script>");
    static final String ALL = String.join("\n", ATTACKS);
    static final String SUBJECT = "<img src=x onerror=window.__xss=31>{{7*7}} 환불 \"><svg onload=window.__xss=32>";
    static final String NAME = "\"><img src=x onerror=window.__xss=33>{{constructor.constructor('window.__xss=34')()}}";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    HeadlessChromium browser;
    ChromeDriver driver;
    WebDriverWait wait;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> driver);

    @BeforeEach
    void open() {
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = new WebDriverWait(driver, TIMEOUT);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void scriptInEveryCustomerFieldIsShownAsTextAndNeverRuns() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> request = TestInquiries.request(TestInquiries.uniqueEmail("xss"), "WEB", "BILLING", SUBJECT, ALL);
        ((Map<String, Object>) request.get("customer")).put("name", NAME);
        JsonNode created = TestInquiries.create(api, request);
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        assertThat(api.post("/api/v1/inquiries/" + code + "/messages", ApiClient.json(Map.of("body", ALL)),
                "X-Access-Token", token).status()).isEqualTo(202);
        Task respond = TestInquiries.awaitRespondTask(tasks, code);

        // Tasklist: the task list and the respond form show the customer's text as text.
        TasklistPage tasklist = new TasklistPage(driver, base(), TIMEOUT);
        tasklist.logIn("kim", "demo");
        tasklist.openFilter("My groups' queue");
        tasklist.openTaskFromList(respond.getId());
        assertThat(tasklist.fieldValue("고객 메시지")).contains(ATTACKS.get(0)).contains(ATTACKS.get(7));
        assertNothingRan("Tasklist");

        // Desk: the conversation page as a supervisor, then the deliveries page.
        logInToDesk("choi", "/desk/inquiries/" + code);
        assertShownLiterally("desk inquiry", SUBJECT, ATTACKS.get(1), ATTACKS.get(7), ATTACKS.get(15), NAME);
        driver.get(base() + "/desk/deliveries");
        assertNothingRan("deliveries");

        // The agent answers with the customer's own text quoted and resolves; the survey follows.
        String agent = respond.getAssignee() != null ? respond.getAssignee() : "kim";
        if (respond.getAssignee() == null) {
            tasks.claim(respond.getId(), agent);
        }
        TestInquiries.asUser(identity, agent, () -> tasks.complete(respond.getId(),
                Map.of("reply", "보내 주신 내용: " + ALL, "outcome", "resolved")));
        String survey = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
                () -> api.get("/api/v1/inquiries/" + code, "X-Access-Token", token).json().path("surveyUrl").asText(null),
                url -> url != null);

        // Customer pages: the inquiry (conversation with both replies) and the survey, answered with script.
        driver.manage().deleteAllCookies();
        driver.get(base() + "/portal/inquiries/" + code + "?token=" + token);
        assertShownLiterally("portal inquiry", SUBJECT, ATTACKS.get(0), ATTACKS.get(19), "보내 주신 내용:");
        // The survey link the API shows carries no token: a web customer opens the survey from the inquiry page,
        // whose cookie is exchanged for the survey's.
        driver.get(base() + "/portal/inquiries/" + code + "/survey");
        assertShownLiterally("survey", SUBJECT);
        driver.findElement(By.cssSelector("input[name=csat][value='1']")).click();
        driver.findElement(By.cssSelector("input[name=ces][value='7']")).click();
        driver.findElement(By.cssSelector("input[name=nps][value='0']")).click();
        WebElement comment = driver.findElement(By.name("comment"));
        comment.sendKeys(String.join(" ", ATTACKS.subList(0, 12)));
        comment.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "감사합니다"));
        assertNothingRan("survey answered");
        assertThat(jdbc.queryForObject("SELECT s.comment FROM survey_response s JOIN inquiry i ON i.id = s.inquiry_id "
                + "WHERE i.code = ?", String.class, code)).contains(ATTACKS.get(0)).contains(ATTACKS.get(7));

        // Chat: what the customer types comes back as text in the chat window.
        driver.get(base() + "/portal/chat");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-log"), "0"));
        for (String line : List.of(String.join(" ", ATTACKS.subList(0, 12)), String.join(" ", ATTACKS.subList(12, 24)))) {
            WebElement input = driver.findElement(By.id("chat-text"));
            input.sendKeys(line);
            input.submit();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-log"), line.substring(line.length() - 20)));
        }
        assertShownLiterally("chat", ATTACKS.get(0), ATTACKS.get(23));

        // Audit: the auditor's timeline of the same inquiry.
        driver.manage().deleteAllCookies();
        logInToDesk("han", "/desk/audit/" + code);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(code);
        assertNothingRan("audit timeline");
    }

    private void logInToDesk(String user, String page) {
        driver.manage().deleteAllCookies();
        driver.get(base() + page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains(page));
    }

    private void assertShownLiterally(String where, String... texts) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
        assertNothingRan(where);
        String shown = driver.findElement(By.tagName("body")).getText();
        for (String text : texts) {
            for (String line : text.split("\n")) {
                assertThat(shown).as("%s shows %s literally", where, line).contains(line.strip());
            }
        }
    }

    private void assertNothingRan(String where) {
        try {
            String alert = driver.switchTo().alert().getText();
            fail("an alert opened on " + where + ": " + alert);
        } catch (NoAlertPresentException expected) {
            // nothing opened
        }
        assertThat(driver.executeScript("return window.__xss === undefined ? null : String(window.__xss)"))
                .as("script ran on %s", where).isNull();
        assertThat(driver.executeScript("return document.querySelectorAll("
                + "'[onerror],[onload],[onfocus],[ontoggle],[onstart],iframe[src^=javascript],a[href^=javascript]').length"))
                .as("elements injected on %s", where).isEqualTo(0L);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
