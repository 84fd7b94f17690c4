package com.inquirydesk.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.attachment.TestFiles;
import com.inquirydesk.browser.PhoneBrowser;
import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.intake.channel.AgentAnswers;
import com.inquirydesk.notification.OutboxRelay;
import com.inquirydesk.notification.mail.CustomerMailbox;
import com.inquirydesk.notification.mail.EmbeddedMailServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole customer journey on a phone (390×844, headless Chromium) through the real pages: search "환불", read
 * an article, write a return inquiry with its type's fields and a photo (a disguised file first, which is refused
 * with the rest of the form kept), get the acknowledgement mail over IMAP and follow its link, read the agent's
 * answer, reply with another photo, ask for a person, and answer the survey once the agent resolves it. No page
 * scrolls sideways. Screenshots land in target/journey-screenshots/.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "it.browser", matches = "true")
class CustomerJourneyBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "journey-screenshots");
    static final Path FILES = Path.of("target", "journey-files");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final Pattern PORTAL_LINK = Pattern.compile("https?://[^/\\s]+(/portal/inquiries/INQ-\\d{8}-\\d{6}\\?token=[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired OutboxRelay relay;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired JdbcTemplate jdbc;

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
    void aNewCustomerFindsHelpWritesWithAPhotoFollowsTheMailLinkAndAnswersTheSurvey() throws Exception {
        String email = TestInquiries.uniqueEmail("journey");
        Path photo = TestFiles.write(FILES, "반품 상자.png", TestFiles.png());
        Path disguised = TestFiles.write(FILES, "사진인척.png", TestFiles.script());

        // Self-service first: search, read an article.
        open("/portal");
        assertFitsTheScreen("01-home");
        driver.findElement(By.id("q")).sendKeys("환불", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/portal/search"));
        assertFitsTheScreen("02-search");
        driver.findElement(By.linkText("환불은 언제 입금되나요?")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "환불은 언제 입금되나요?"));
        assertFitsTheScreen("03-article");

        // The article did not settle it: write an inquiry of its category, with the type's own fields.
        driver.findElement(By.linkText("상담원에게 문의하기")).click();
        wait.until(ExpectedConditions.urlContains("/portal/inquiries/new?category=RETURN"));
        driver.findElement(By.id("subject")).sendKeys("반품했는데 환불이 안 됐어요");
        driver.findElement(By.id("body")).sendKeys("지난주에 반품 상자를 보냈는데 아직 환불이 안 들어왔어요. 상자 사진을 첨부합니다.");
        driver.findElement(By.id("field-orderNumber")).sendKeys("20261124-004512");
        new Select(driver.findElement(By.id("field-returnReason"))).selectByVisibleText("상품 불량·파손");
        driver.findElement(By.id("email")).sendKeys(email);
        WebElement files = driver.findElement(By.id("files"));
        assertThat(files.getAttribute("accept")).contains("image/png", "application/pdf");
        assertThat(driver.findElement(By.cssSelector("label[for=files]")).getText()).contains("첨부");

        // A file that only calls itself a picture is refused by its content; nothing else is lost.
        files.sendKeys(disguised.toAbsolutePath().toString());
        submit("#inquiry-form");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("files-error")));
        assertThat(driver.findElement(By.id("files-error")).getText()).contains("사진인척.png", "받을 수 없는 형식");
        assertThat(value("subject")).isEqualTo("반품했는데 환불이 안 됐어요");
        assertThat(value("body")).startsWith("지난주에 반품 상자를 보냈는데");
        assertThat(value("field-orderNumber")).isEqualTo("20261124-004512");
        assertThat(new Select(driver.findElement(By.id("field-returnReason"))).getFirstSelectedOption().getText())
                .isEqualTo("상품 불량·파손");
        assertThat(value("email")).isEqualTo(email);
        assertFitsTheScreen("04-inquiry-file-refused");

        driver.findElement(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
        submit("#inquiry-form");
        wait.until(ExpectedConditions.urlMatches("/portal/inquiries/INQ-\\d{8}-\\d{6}\\?done=created$"));
        String code = driver.findElement(By.xpath("//dt[text()='문의 번호']/following-sibling::dd[1]")).getText();
        assertThat(driver.findElement(By.id("attachments")).getText()).contains("반품 상자.png", "PNG 이미지");
        assertFitsTheScreen("05-inquiry-created");

        // The acknowledgement arrives by mail; its link opens the inquiry on a phone that never saw it.
        MimeMessage acknowledgement = await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            // Only this inquiry's messages: the shared test database holds many other tests' undeliverable rows.
            relay.relay(jdbc.queryForList("SELECT o.id FROM notification_outbox o JOIN inquiry i ON i.id = o.inquiry_id "
                    + "WHERE i.code = ? AND o.status = 'PENDING'", Long.class, code));
            return inbox(email).stream().filter(m -> text(m).contains(code)).findFirst().orElse(null);
        }, found -> found != null);
        Matcher link = PORTAL_LINK.matcher(text(acknowledgement));
        assertThat(link.find()).as("the acknowledgement links the inquiry: %s", text(acknowledgement)).isTrue();
        assertThat(link.group(1)).startsWith("/portal/inquiries/" + code + "?token=");
        driver.manage().deleteAllCookies();
        open(link.group(1));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "반품했는데 환불이 안 됐어요"));
        assertThat(driver.getCurrentUrl()).endsWith("/portal/inquiries/" + code).doesNotContain("token");
        assertFitsTheScreen("06-opened-from-mail");

        // The picture the customer sent comes back as the same picture.
        String photoHref = driver.findElement(By.linkText("반품 상자.png")).getAttribute("href");
        assertThat(photoHref).contains("/portal/inquiries/" + code + "/attachments/");

        // The agent answers and waits for the customer.
        answer(code, "확인해 보니 반품 상자가 어제 물류센터에 도착했습니다. 검수 후 2일 안에 환불됩니다. 상자 안쪽 사진도 보내 주실 수 있을까요?",
                InquiryLifecycle.OUTCOME_REPLIED);
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            driver.navigate().refresh();
            return driver.findElement(By.cssSelector("ol.conversation")).getText().contains("물류센터에 도착했습니다");
        });
        assertFitsTheScreen("07-agent-answered");

        // The customer replies with another photo.
        Path inside = TestFiles.write(FILES, "상자 안쪽.png", TestFiles.png());
        driver.findElement(By.id("reply-body")).sendKeys("상자 안쪽 사진 보내드립니다.");
        driver.findElement(By.id("reply-files")).sendKeys(inside.toAbsolutePath().toString());
        driver.findElement(By.xpath("//button[text()='답장 보내기']")).click();
        wait.until(ExpectedConditions.urlContains("done=replied"));
        assertThat(driver.findElement(By.cssSelector("ol.conversation")).getText()).contains("상자 안쪽 사진 보내드립니다.");
        assertThat(driver.findElement(By.id("attachments")).getText()).contains("반품 상자.png", "상자 안쪽.png");
        assertFitsTheScreen("08-replied-with-photo");

        // And asks for a person.
        driver.findElement(By.xpath("//button[text()='상담원 연결']")).click();
        wait.until(ExpectedConditions.urlContains("done=agent"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("상담원 연결을 요청했습니다");
        assertFitsTheScreen("09-agent-requested");

        // The agent resolves it; the page offers the survey, which the customer answers.
        answer(code, "환불 처리를 마쳤습니다. 카드사 사정에 따라 3영업일 안에 입금됩니다.", InquiryLifecycle.OUTCOME_RESOLVED);
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            driver.navigate().refresh();
            return !driver.findElements(By.linkText("만족도 설문 참여하기")).isEmpty();
        });
        assertThat(driver.findElement(By.cssSelector("ol.conversation")).getText()).contains("환불 처리를 마쳤습니다");
        assertFitsTheScreen("10-resolved");
        driver.findElement(By.linkText("만족도 설문 참여하기")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "상담은 만족스러우셨나요?"));
        assertFitsTheScreen("11-survey");
        driver.findElement(By.cssSelector("input[name=csat][value='5']")).click();
        driver.findElement(By.cssSelector("input[name=ces][value='2']")).click();
        driver.findElement(By.cssSelector("input[name=nps][value='9']")).click();
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.lead"), "감사"));
        assertFitsTheScreen("12-survey-answered");

        // The photo link works in the same browser (the inquiry's cookie) and shows the picture itself.
        driver.get(photoHref);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("img")));
        assertThat(((Number) js("return document.images[0].naturalWidth")).intValue()).isEqualTo(64);
    }

    @Test
    void aScriptLikeSubjectAndFileNameAreShownAsTextAndAWrongLinkShowsNothing() {
        open("/portal/inquiries/new?category=TECHNICAL");
        new Select(driver.findElement(By.id("field-device"))).selectByVisibleText("안드로이드 휴대폰·태블릿");
        driver.findElement(By.id("subject")).sendKeys("<script>alert(1)</script>");
        driver.findElement(By.id("body")).sendKeys("화면이 이상해요 <b>굵게</b>");
        driver.findElement(By.id("email")).sendKeys(TestInquiries.uniqueEmail("journey-xss"));
        driver.findElement(By.id("files")).sendKeys(TestFiles.write(FILES, "'><img src=x onerror=alert(2)>.png",
                TestFiles.png()).toAbsolutePath().toString());
        submit("#inquiry-form");
        wait.until(ExpectedConditions.urlContains("done=created"));
        String code = driver.findElement(By.xpath("//dt[text()='문의 번호']/following-sibling::dd[1]")).getText();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<script>alert(1)</script>");
        assertThat(driver.findElement(By.cssSelector("ol.conversation")).getText()).contains("<b>굵게</b>");
        assertThat(driver.findElement(By.id("attachments")).getText()).contains("img src=x onerror=alert(2).png");
        assertThat(driver.findElements(By.cssSelector("main script, main img, main b"))).isEmpty();
        assertNoAlert();
        assertFitsTheScreen("20-script-subject");

        driver.manage().deleteAllCookies();
        open("/portal/inquiries/" + code + "?token=not-the-token");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "문의를 찾을 수 없습니다"));
        assertThat(driver.getPageSource()).doesNotContain("script>alert(1)").doesNotContain("굵게");
        assertFitsTheScreen("21-wrong-link");
    }

    /** The agent of the respond task (or the first member of its group) answers with the given outcome. */
    private void answer(String code, String reply, String outcome) {
        AgentAnswers.answer(tasks, identity, TestInquiries.awaitRespondTask(tasks, code), reply, outcome);
    }

    private List<MimeMessage> inbox(String address) throws Exception {
        return CustomerMailbox.read(mailServer.imapPort(), address);
    }

    private static String text(MimeMessage message) {
        return CustomerMailbox.text(message);
    }

    private void submit(String form) {
        driver.findElement(By.cssSelector(form + " button[type=submit]")).click();
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
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
}
