package com.inquirydesk.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.browser.PhoneBrowser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer on a phone-sized screen (390×844) in headless Chromium: finds an article, writes an inquiry,
 * follows it by the link from the acknowledgement, replies, asks for a person and answers the survey.
 * Every page must fit the width of the screen. Screenshots land in target/portal-screenshots/.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "it.browser", matches = "true")
class PortalBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @RegisterExtension
    final PhoneBrowser phone = new PhoneBrowser(SCREENSHOTS, TIMEOUT);

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void phone() {
        driver = phone.driver();
        wait = phone.waiting();
    }

    @Test
    void customerFindsAnArticleAndWritesAnInquiryWithSuggestionsWhileTyping() {
        open("/portal");
        assertThat(((Number) js("return window.innerWidth")).intValue()).isLessThanOrEqualTo(390);
        assertFitsTheScreen("home");

        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("환불이 안 돼요", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/portal/search"));
        assertFitsTheScreen("search");
        driver.findElement(By.linkText("환불은 언제 입금되나요?")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "환불은 언제 입금되나요?"));
        assertFitsTheScreen("article");
        driver.findElement(By.cssSelector("#feedback button[value=yes]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback"), "의견을 보내 주셔서 감사합니다"));

        driver.findElement(By.linkText("상담원에게 문의하기")).click();
        wait.until(ExpectedConditions.urlContains("/portal/inquiries/new?category=RETURN"));
        assertThat(new Select(driver.findElement(By.id("category"))).getFirstSelectedOption().getText()).isEqualTo("반품·환불");

        driver.findElement(By.id("subject")).sendKeys("환불이 안 돼요");
        // The suggestions come from the knowledge base API, fetched by a static script (no inline script runs).
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions a")));
        assertThat(driver.findElement(By.cssSelector("#suggestions a")).getText()).isEqualTo("환불은 언제 입금되나요?");
        screenshot("inquiry-new-suggestions");

        driver.findElement(By.id("email")).sendKeys("browser-" + System.nanoTime() + "@example.kr");
        driver.findElement(By.cssSelector("#inquiry-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("body-error")));
        assertThat(driver.findElement(By.id("body-error")).getText()).isEqualTo("문의 내용을 적어 주세요.");
        assertThat(driver.findElement(By.id("subject")).getDomProperty("value")).isEqualTo("환불이 안 돼요");
        assertThat(driver.findElement(By.id("field-orderNumber-error")).getText()).isEqualTo("주문 번호을(를) 적어 주세요.");
        assertFitsTheScreen("inquiry-new-error");

        driver.findElement(By.id("body")).sendKeys("지난주에 반품했는데 아직 환불이 안 들어왔어요.");
        driver.findElement(By.id("field-orderNumber")).sendKeys("20261124-004512");
        new Select(driver.findElement(By.id("field-returnReason"))).selectByVisibleText("상품 불량·파손");
        driver.findElement(By.id("field-alreadyShipped")).click();
        driver.findElement(By.cssSelector("#inquiry-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/portal/inquiries/INQ-\\d{8}-\\d{6}\\?done=created$"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("문의가 접수되었습니다");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("환불이 안 돼요");
        assertFitsTheScreen("inquiry-created");
    }

    @Test
    void customerFollowsTheLinkRepliesAsksForAPersonAndAnswersTheSurvey() {
        ApiClient api = new ApiClient(port);
        JsonNode created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("portal-browser"),
                "WEB", "GENERAL", "배송지를 바꾸고 싶어요", "주문한 상품의 배송지를 회사로 바꿀 수 있을까요?"));
        String code = created.get("code").asText();

        open("/portal/inquiries/" + code + "?token=" + created.get("accessToken").asText());
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "배송지를 바꾸고 싶어요"));
        assertThat(driver.getCurrentUrl()).endsWith("/portal/inquiries/" + code).doesNotContain("token");
        assertFitsTheScreen("inquiry-opened-by-link");

        driver.findElement(By.id("reply-body")).sendKeys("회사 주소는 서울시 중구 세종대로 110입니다.");
        driver.findElement(By.xpath("//button[text()='답장 보내기']")).click();
        wait.until(ExpectedConditions.urlContains("done=replied"));
        assertThat(driver.findElement(By.cssSelector("ol.conversation")).getText()).contains("세종대로 110");

        driver.findElement(By.xpath("//button[text()='상담원 연결']")).click();
        wait.until(ExpectedConditions.urlContains("done=agent"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("상담원 연결을 요청했습니다");
        assertFitsTheScreen("inquiry-agent-requested");

        Task respond = TestInquiries.awaitRespondTask(tasks, code);
        String agent = respond.getAssignee() != null ? respond.getAssignee() : "kim";
        if (respond.getAssignee() == null) {
            tasks.claim(respond.getId(), agent);
        }
        TestInquiries.asUser(identity, agent, () -> tasks.complete(respond.getId(),
                Map.of("reply", "배송지를 회사 주소로 바꿔 드렸습니다.", "outcome", "resolved")));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            driver.navigate().refresh();
            return !driver.findElements(By.linkText("만족도 설문 참여하기")).isEmpty();
        });
        assertThat(driver.findElement(By.cssSelector("ol.conversation")).getText()).contains("배송지를 회사 주소로 바꿔 드렸습니다.");
        assertFitsTheScreen("inquiry-resolved");

        driver.findElement(By.linkText("만족도 설문 참여하기")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "상담은 만족스러우셨나요?"));
        assertFitsTheScreen("survey");
        driver.findElement(By.cssSelector("input[name=csat][value='5']")).click();
        driver.findElement(By.cssSelector("input[name=ces][value='2']")).click();
        driver.findElement(By.cssSelector("input[name=nps][value='9']")).click();
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.lead"), "감사"));
        screenshot("survey-answered");
    }

    @Test
    void aSubjectThatLooksLikeScriptIsShownAsText() {
        open("/portal/inquiries/new?category=TECHNICAL");
        new Select(driver.findElement(By.id("field-device"))).selectByVisibleText("안드로이드 휴대폰·태블릿");
        driver.findElement(By.id("subject")).sendKeys("<script>alert(1)</script>");
        driver.findElement(By.id("body")).sendKeys("<img src=x onerror=alert(2)> 화면이 이상해요");
        driver.findElement(By.id("email")).sendKeys("xss-" + System.nanoTime() + "@example.kr");
        driver.findElement(By.cssSelector("#inquiry-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("done=created"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<script>alert(1)</script>");
        assertThat(driver.findElement(By.cssSelector("ol.conversation")).getText()).contains("<img src=x onerror=alert(2)>");
        assertThat(driver.findElements(By.cssSelector("main script, main img"))).isEmpty();
        assertNoAlert();
        assertFitsTheScreen("inquiry-script-subject");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private Object js(String script) {
        return phone.js(script);
    }

    private void assertFitsTheScreen(String name) {
        phone.assertFitsTheScreen(name);
    }

    private void assertNoAlert() {
        phone.assertNoAlert();
    }

    /** A full-length picture of the page at phone width, for people to look at. */
    private void screenshot(String name) {
        phone.screenshot(name);
    }
}
