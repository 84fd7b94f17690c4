package com.inquirydesk.kbadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.browser.PhoneBrowser;
import com.inquirydesk.notification.OutboxRelay;
import com.inquirydesk.notification.mail.CustomerMailbox;
import com.inquirydesk.notification.mail.EmbeddedMailServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone-sized screen (390×844) in headless Chromium: choi writes and publishes an article on /desk/kb, and a
 * customer opens their inquiries through the "my inquiries" link. Every page must fit the width of the screen.
 * Screenshots land in target/kb-screenshots/.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "it.browser", matches = "true")
class KnowledgeBaseBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "kb-screenshots");
    private static final Pattern LINK = Pattern.compile("https?://\\S+(/portal/my/signin\\?t=[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxRelay relay;

    @Autowired
    EmbeddedMailServer mailServer;

    @RegisterExtension
    final PhoneBrowser phone = new PhoneBrowser(SCREENSHOTS, Duration.ofSeconds(20));

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void phone() {
        driver = phone.driver();
        wait = phone.waiting();
    }

    @Test
    void aKnowledgeManagerWritesAndPublishesAnArticleOnAPhone() {
        String slug = "phone-" + UUID.randomUUID().toString().substring(0, 8);
        open("/desk/kb/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys("choi");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("slug")));

        driver.findElement(By.id("slug")).sendKeys("Bad Slug");
        driver.findElement(By.id("title")).sendKeys("휴대폰으로 쓴 안내");
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("slug-error")));
        assertThat(driver.findElement(By.id("slug-error")).getText()).contains("영문 소문자");
        assertThat(driver.findElement(By.id("body-error")).getText()).isEqualTo("본문을 입력해 주세요.");
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("휴대폰으로 쓴 안내");
        assertFitsTheScreen("kb-new-errors");

        driver.findElement(By.id("slug")).clear();
        driver.findElement(By.id("slug")).sendKeys(slug);
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("안내");
        new Select(driver.findElement(By.id("category"))).selectByVisibleText("계정");
        driver.findElement(By.id("body")).sendKeys("앱의 [설정 > 계정]에서 알림을 켜고 끌 수 있습니다.");
        driver.findElement(By.cssSelector("input[name=action][value=publish]")).click();
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.urlContains("done=published"));
        assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).contains("게시했습니다");
        assertFitsTheScreen("kb-edit-published");

        open("/desk/kb?category=ACCOUNT&status=PUBLISHED");
        assertThat(driver.findElement(By.cssSelector("table.articles")).getText()).contains("휴대폰으로 쓴 안내");
        assertFitsTheScreen("kb-list");

        open("/portal/articles/" + slug);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("휴대폰으로 쓴 안내");
    }

    @Test
    void aCustomerOpensTheirInquiriesThroughTheMailedLinkOnAPhone() throws Exception {
        String email = TestInquiries.uniqueEmail("my-phone");
        String code = TestInquiries.create(new ApiClient(port), TestInquiries.request(email, "WEB", "BILLING",
                "휴대폰에서 본 내 문의", "결제 내역을 확인하고 싶어요.")).get("code").asText();

        open("/portal");
        driver.findElement(By.linkText("내 문의")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email")));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email-error")));
        assertFitsTheScreen("my-empty-address");

        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent")));
        assertThat(driver.findElement(By.id("sent")).getText()).contains("메일을 보냈습니다");
        assertFitsTheScreen("my-sent");

        // The stored payload holds only a placeholder: the link is issued when the mail leaves.
        long mailId = jdbc.queryForObject("SELECT MAX(id) FROM notification_outbox WHERE recipient = ? AND template_code = ?",
                Long.class, email, "MY_INQUIRIES_SIGN_IN");
        assertThat(relay.relay(List.of(mailId))).isEqualTo(1);
        List<MimeMessage> inbox = CustomerMailbox.read(mailServer.imapPort(), email);
        assertThat(inbox).hasSize(1);
        Matcher link = LINK.matcher(CustomerMailbox.text(inbox.get(0)));
        assertThat(link.find()).isTrue();
        open(link.group(1));
        wait.until(ExpectedConditions.urlContains("/portal/my/inquiries"));
        assertThat(driver.findElement(By.cssSelector("ol.results")).getText()).contains(code, "휴대폰에서 본 내 문의");
        assertFitsTheScreen("my-inquiries");

        driver.findElement(By.linkText("휴대폰에서 본 내 문의")).click();
        wait.until(ExpectedConditions.urlContains("/portal/inquiries/" + code));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("휴대폰에서 본 내 문의");

        open(link.group(1));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("더 이상 쓸 수 없는 링크입니다");
        assertFitsTheScreen("my-link-used");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void assertFitsTheScreen(String name) {
        phone.assertFitsTheScreen(name);
    }
}
