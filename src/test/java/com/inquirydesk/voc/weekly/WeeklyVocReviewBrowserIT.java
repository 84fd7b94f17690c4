package com.inquirydesk.voc.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.browser.HeadlessChromium;
import com.inquirydesk.browser.ScreenshotOnFailure;
import com.inquirydesk.browser.TasklistPage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supervisor ticks two categories in the review form's checklist in Camunda Tasklist. Without Spin, Tasklist
 * can submit the checklist's array only into the String variable the compile step prepared; this proves that
 * path end to end: options built from guideCategoryChoices, the choice recorded, one guide task per category.
 *
 * <p>Runs only with {@code -Dit.browser=true} (needs Debian's chromium and chromium-driver).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "it.browser", matches = "true")
class WeeklyVocReviewBrowserIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    WeeklyVocReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    private HeadlessChromium browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser == null ? null : browser.driver());

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void supervisorTicksTwoCategoriesAndEachGetsAGuideUpdate() {
        // An empty week of August 2025 gives a stored report to record the choice on.
        WeeklyVocReportService.Compiled compiled = reports.compile(LocalDate.of(2025, 8, 4));
        ProcessInstance review = runtime.createProcessInstanceByKey(WeeklyVocReview.PROCESS_KEY)
                .startBeforeActivity(WeeklyVocReview.TASK_REVIEW)
                .setVariables(Map.of(WeeklyVocVariables.REPORT_ID, compiled.id(),
                        WeeklyVocVariables.WEEK_LABEL, compiled.weekLabel(),
                        WeeklyVocVariables.REPORT_SUMMARY, compiled.summary(),
                        WeeklyVocVariables.REPORT_URL, compiled.url(),
                        WeeklyVocVariables.GUIDE_CATEGORY_CHOICES, "BILLING:결제,RETURN:반품·환불",
                        WeeklyVocVariables.GUIDE_CATEGORIES, ""))
                .execute();
        Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();

        String app = "http://localhost:" + port;
        TasklistPage tasklist = new TasklistPage(browser.driver(), app, TIMEOUT);
        tasklist.logIn("choi", "demo");
        browser.driver().get(app + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        assertThat(tasklist.fieldValue("기간")).isEqualTo("2025-08-04 ~ 2025-08-10");
        assertThat(tasklist.fieldValue("리포트 요약")).startsWith("2025-08-04 ~ 2025-08-10 주간 VOC");
        tasklist.claimIfUnassigned();

        tick("결제");
        tick("반품·환불");
        tasklist.complete();

        await().atMost(TIMEOUT).until(() -> tasks.createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey(WeeklyVocReview.TASK_UPDATE_GUIDE_DOCUMENT).count() == 2);
        assertThat(tasks.createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey(WeeklyVocReview.TASK_UPDATE_GUIDE_DOCUMENT).list().stream()
                .map(t -> tasks.getVariable(t.getId(), WeeklyVocVariables.GUIDE_CATEGORY)))
                .containsExactlyInAnyOrder("BILLING", "RETURN");
        Map<String, Object> row = jdbc.queryForMap("SELECT guide_categories, reviewed_by FROM weekly_voc_report"
                + " WHERE id = ?", compiled.id());
        assertThat(row.get("guide_categories")).isEqualTo("BILLING,RETURN");
        assertThat(row.get("reviewed_by")).isEqualTo("choi");
        runtime.deleteProcessInstance(review.getId(), "browser test done");
    }

    private void tick(String optionLabel) {
        WebElement option = new WebDriverWait(browser.driver(), TIMEOUT).until(driver -> driver.findElements(
                        By.cssSelector("section.task-details form.fjs-form .fjs-form-field-checklist label")).stream()
                .filter(label -> label.getText().trim().equals(optionLabel))
                .findFirst().orElse(null));
        WebElement box = option.findElement(By.cssSelector("input[type='checkbox']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
        new WebDriverWait(browser.driver(), TIMEOUT).until(driver -> box.isSelected());
    }
}
