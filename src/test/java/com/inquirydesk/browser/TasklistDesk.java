package com.inquirydesk.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The parts of Camunda 7 Tasklist that {@link TasklistPage} leaves out: the rows of the task list as an agent
 * reads them, Tasklist's task search, and the "Start process" dialog with its start form (form-js).
 *
 * <p>Selectors follow the Tasklist 7.24 templates: tasks are {@code section.tasks-list li.task} with the name in
 * {@code h4.task}; the search widget keeps its pills in the URL parameter {@code searchQuery} (a JSON list of
 * {@code {type, name, operator, value}}, the same a typed pill produces); the start dialog lists the startable
 * processes as {@code ul.processes li a} and renders the start form in the modal.
 */
public final class TasklistDesk {

    private static final By TASK_ROWS = By.cssSelector("section.tasks-list li.task");
    private static final By START_PROCESS = By.cssSelector(".start-process-action a");
    private static final By STARTABLE = By.cssSelector(".modal ul.processes li a");
    private static final By MODAL_FORM = By.cssSelector(".modal-body form.fjs-form");
    private static final By MODAL_FIELDS = By.cssSelector(".modal-body form.fjs-form .fjs-form-field");
    private static final By START_BUTTON = By.cssSelector(".modal-footer button.btn-primary");
    private static final By MODAL = By.cssSelector(".modal-dialog");
    private static final By ERROR_NOTIFICATION = By.cssSelector(".page-notifications .alert-danger, .modal .alert-danger");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String appUrl;

    public TasklistDesk(WebDriver driver, String appUrl, Duration timeout) {
        this.driver = driver;
        this.appUrl = appUrl;
        this.wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** One row of the task list: the task it opens, its name, and everything the row shows (name, variables, dates). */
    public record Row(String taskId, String name, String text) {
    }

    /** The rows the active filter lists once the list holds the task with this id. */
    public List<Row> rowsOnceListed(String taskId) {
        return waitFor(driver -> {
            List<Row> rows = rows();
            return rows.stream().anyMatch(row -> row.taskId().equals(taskId)) ? rows : null;
        }, () -> "task " + taskId + " is not in the list; rows: " + rows());
    }

    /**
     * Searches the filter's tasks for a process variable equal to a value, the way a pill of Tasklist's search
     * ("Process Variable" inquiryCode = INQ-…) does, and waits until the list shows exactly the rows that match.
     */
    public List<Row> searchProcessVariable(String filterId, String variable, String value, String expectedTaskId) {
        String query = "[{\"type\":\"processVariables\",\"name\":\"" + variable + "\",\"operator\":\"eq\",\"value\":\"" + value + "\"}]";
        driver.get(appUrl + "/camunda/app/tasklist/default/#/?filter=" + filterId + "&searchQuery="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        // The rows read inside the wait are returned: Tasklist may redraw the list right after, and a second read
        // could touch elements it has just replaced.
        return waitFor(driver -> {
            List<Row> rows = rows();
            return rows.size() == 1 && rows.get(0).taskId().equals(expectedTaskId) ? rows : null;
        }, () -> "searching " + variable + " = " + value + " did not narrow the list to task " + expectedTaskId + "; rows: " + rows());
    }

    /**
     * Opens the row's remaining columns with its arrow (the collapsed row shows the first two) and answers with
     * everything the row then shows.
     */
    public String expandRow(String taskId) {
        // Tasklist redraws its list now and then, so the row is found, opened and read in one wait: a redraw between
        // two steps makes the wait start over on the new row. Tasklist opens a row within the click, so a row still
        // shown closed on the next look is clicked again.
        By opened = By.cssSelector(".shutter.actions a.glyphicon-menu-up");
        return waitFor(driver -> {
            WebElement row = driver.findElements(TASK_ROWS).stream()
                    .filter(candidate -> !candidate.findElements(By.cssSelector("a[href*='task=" + taskId + "']")).isEmpty())
                    .findFirst().orElse(null);
            if (row == null) {
                return null;
            }
            if (row.findElements(opened).isEmpty()) {
                inView(row.findElement(By.cssSelector(".shutter.actions"))).click();
            }
            return row.findElements(opened).isEmpty() ? null : row.getText();
        }, () -> "the row of task " + taskId + " did not open; rows: " + rows());
    }

    /** The search pills Tasklist shows above the list, as their text. */
    public String searchPills() {
        return driver.findElements(By.cssSelector("[cam-widget-search] .search-label, [cam-widget-search] .cam-widget-search-pill, "
                + "[cam-widget-search] .search-container")).stream().map(WebElement::getText).collect(Collectors.joining(" "));
    }

    /** Opens "Start process" and answers with the names of the processes this user may start. */
    public List<String> openStartProcess() {
        inView(waitFor(ExpectedConditions.elementToBeClickable(START_PROCESS), () -> "no Start process action")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(STARTABLE), () -> "the Start process dialog lists nothing"
                + errors().map(e -> "; Tasklist says: " + e).orElse(""));
        return driver.findElements(STARTABLE).stream().map(WebElement::getText).map(String::trim).toList();
    }

    public void chooseProcess(String name) {
        WebElement process = driver.findElements(STARTABLE).stream().filter(link -> link.getText().trim().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no startable process '" + name + "'"));
        inView(process).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(MODAL_FORM), () -> "the start form of '" + name + "' was not rendered"
                + errors().map(e -> "; Tasklist says: " + e).orElse(""));
    }

    public void type(String label, String text) {
        WebElement input = waitFor(driver -> field(label)
                        .flatMap(field -> field.findElements(By.cssSelector("textarea, input")).stream().findFirst())
                        .orElse(null), () -> "no start form field '" + label + "'; labels: " + labels());
        inView(input).click();
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    public void check(String label) {
        WebElement box = waitFor(driver -> field(label)
                        .flatMap(field -> field.findElements(By.cssSelector("input[type='checkbox']")).stream().findFirst())
                        .orElse(null), () -> "no checkbox '" + label + "'; labels: " + labels());
        if (!box.isSelected()) {
            inView(box).click();
        }
        wait.until(driver -> box.isSelected());
    }

    /** Picks an option of a form-js select (its own drop-down, not a native select) by its label. */
    public void select(String label, String option) {
        WebElement field = waitFor(driver -> field(label).orElse(null), () -> "no select '" + label + "'; labels: " + labels());
        FormJsSelect.pick(driver, wait, field, label, option);
    }

    /** Starts the process and waits until the dialog closed (or fails with what Tasklist reports). */
    public void start() {
        inView(waitFor(ExpectedConditions.elementToBeClickable(START_BUTTON), () -> "the Start button stays disabled; errors: "
                + texts(By.cssSelector(".modal-body .fjs-form-field-error")))).click();
        waitFor(driver -> errors().<Object>map(error -> error).orElseGet(() ->
                driver.findElements(MODAL).isEmpty() ? Boolean.TRUE : null), () -> "the Start process dialog did not close");
        errors().ifPresent(error -> {
            throw new AssertionError("starting the process failed; Tasklist says: " + error);
        });
    }

    private List<Row> rows() {
        return driver.findElements(TASK_ROWS).stream().map(row -> {
            String href = row.findElement(By.cssSelector("a[href*='task=']")).getAttribute("href");
            String id = href.substring(href.indexOf("task=") + "task=".length()).split("[&#]")[0];
            List<WebElement> name = row.findElements(By.cssSelector("h4.task"));
            return new Row(id, name.isEmpty() ? "" : name.get(0).getText().trim(), row.getText());
        }).toList();
    }

    private Optional<WebElement> field(String label) {
        return driver.findElements(MODAL_FIELDS).stream()
                .filter(field -> field.findElements(By.cssSelector("label.fjs-form-field-label")).stream().findFirst()
                        .map(own -> withoutRequiredMark(own.getText()).equals(label)).orElse(false))
                .findFirst();
    }

    private String labels() {
        return texts(By.cssSelector(".modal-body form.fjs-form label.fjs-form-field-label"));
    }

    private Optional<String> errors() {
        String text = driver.findElements(ERROR_NOTIFICATION).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).map(String::trim).filter(t -> !t.isEmpty()).collect(Collectors.joining(" | "));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private String texts(By locator) {
        return driver.findElements(locator).stream().map(WebElement::getText).map(String::trim)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private WebElement inView(WebElement element) {
        return Scrolling.inView(driver, element);
    }

    private <T> T waitFor(ExpectedCondition<T> condition, Supplier<String> explanation) {
        try {
            return wait.until(condition);
        } catch (TimeoutException timeout) {
            throw new AssertionError(explanation.get(), timeout);
        }
    }

    private static String withoutRequiredMark(String label) {
        String trimmed = label.trim();
        return trimmed.endsWith("*") ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed;
    }
}
