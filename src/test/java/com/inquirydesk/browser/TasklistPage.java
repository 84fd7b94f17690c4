package com.inquirydesk.browser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda 7 Tasklist as an agent sees it, with the task form rendered by form-js (Camunda Forms).
 *
 * <p>Selectors follow the Tasklist 7.24 templates (AngularJS) and the form-js viewer bundled with
 * it: filters are {@code .task-filter} cards, tasks are {@code li.task} entries linking to
 * {@code #/?task=<id>}, each form field is a {@code .fjs-form-field} with a
 * {@code label.fjs-form-field-label}. Fields are found by their visible label, the way an agent
 * finds them, because form-js puts neither the field key nor a name attribute into the page.
 */
public final class TasklistPage {

    private static final By LOGIN_USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    private static final By LOGIN_PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
    private static final By LOGIN_SUBMIT = By.cssSelector("form[name='signinForm'] button[type='submit']");
    private static final By FILTERS_COLUMN = By.cssSelector("section.task-filters");
    private static final By FILTER_CARDS = By.cssSelector("section.task-filters .task-filter");
    private static final By TASK_CARD = By.cssSelector("section.task-details section.task-card");
    private static final By TASK_ASSIGNEE = By.cssSelector("section.task-details .task-card li.assignee");
    private static final By CLAIM_BUTTON = By.cssSelector("section.task-details .task-card button.claim");
    private static final By DISABLED_FORM = By.cssSelector("section.task-details .disabled-form");
    private static final By FORM = By.cssSelector("section.task-details [cam-tasklist-form-camunda] form.fjs-form");
    private static final By COMPLETE_BUTTON = By.cssSelector("section.task-details .form-actions button.btn-primary");
    private static final By NO_TASK_SELECTED = By.cssSelector("section.task-details .no-task");
    private static final By ERROR_NOTIFICATION = By.cssSelector(".page-notifications .alert-danger");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String appUrl;

    public TasklistPage(WebDriver driver, String appUrl, Duration timeout) {
        this.driver = driver;
        this.appUrl = appUrl;
        this.wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
    }

    public void logIn(String user, String password) {
        driver.get(appUrl + "/camunda/app/tasklist/default/#/login");
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_USERNAME));
        WebElement secret = driver.findElement(LOGIN_PASSWORD);
        // Tasklist moves the focus to the user field itself shortly after the page renders; keys typed at that
        // moment can land in the wrong field. Type, check what the fields hold, and type again if needed.
        wait.until(d -> {
            username.clear();
            username.sendKeys(user);
            secret.clear();
            secret.sendKeys(password);
            return user.equals(username.getDomProperty("value")) && password.equals(secret.getDomProperty("value"));
        });
        driver.findElement(LOGIN_SUBMIT).click();
        untilOrError(ExpectedConditions.visibilityOfElementLocated(FILTERS_COLUMN),
                "Tasklist did not open after logging in as " + user);
    }

    /** Clicks the filter with this name and waits until Tasklist marks it as the active one. */
    public void openFilter(String name) {
        WebElement filter = waitFor(filterNamed(name, false),
                () -> "no Tasklist filter named '" + name + "'; filters shown: " + filterNames());
        filter.click();
        waitFor(filterNamed(name, true), () -> "filter '" + name + "' did not become active");
    }

    /** Opens the task from the list of the active filter and waits until its form is rendered. */
    public void openTaskFromList(String taskId) {
        By link = By.cssSelector("section.tasks-list li.task a[href*='task=" + taskId + "']");
        waitFor(ExpectedConditions.elementToBeClickable(link),
                () -> "task " + taskId + " is not in the list of the active filter; tasks shown: " + taskNames()).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(TASK_CARD));
        untilOrError(ExpectedConditions.visibilityOfElementLocated(FORM),
                "the task form was not rendered");
    }

    public String taskTitle() {
        return driver.findElement(By.cssSelector("section.task-details .task-card h2.task")).getText().trim();
    }

    /** Claims the task when nobody holds it yet; in both cases waits until the form accepts input. */
    public void claimIfUnassigned() {
        wait.until(ExpectedConditions.presenceOfElementLocated(TASK_ASSIGNEE));
        List<WebElement> claim = driver.findElements(CLAIM_BUTTON);
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            inView(claim.get(0)).click();
            untilOrError(ExpectedConditions.invisibilityOfElementLocated(CLAIM_BUTTON),
                    "claiming the task failed");
        }
        waitFor(ExpectedConditions.invisibilityOfElementLocated(DISABLED_FORM),
                () -> "the form stays disabled; assignee shown: " + driver.findElement(TASK_ASSIGNEE).getText());
        // Claiming reloads the task and may render the form anew.
        wait.until(ExpectedConditions.visibilityOfElementLocated(FORM));
    }

    /** The value shown in the (typically read-only) text field or text area with this label. */
    public String fieldValue(String fieldLabel) {
        WebElement input = waitFor(driver -> field(fieldLabel)
                        .flatMap(field -> field.findElements(By.cssSelector("textarea, input")).stream().findFirst())
                        .orElse(null),
                () -> "no form field labelled '" + fieldLabel + "'; labels shown: " + fieldLabels());
        String value = input.getDomProperty("value");
        return value == null ? "" : value;
    }

    /** Types into the text field or text area with this label; returns the value the page holds afterwards. */
    public String type(String fieldLabel, String text) {
        WebElement input = waitFor(driver -> field(fieldLabel)
                        .flatMap(field -> field.findElements(By.cssSelector("textarea, input")).stream().findFirst())
                        .filter(WebElement::isEnabled)
                        .orElse(null),
                () -> "no editable form field labelled '" + fieldLabel + "'; labels shown: " + fieldLabels());
        inView(input).click();
        input.clear();
        input.sendKeys(text);
        // form-js debounces input; leaving the field hands the value to the form at once.
        input.sendKeys(Keys.TAB);
        return input.getDomProperty("value");
    }

    /**
     * Picks an option by its label in the radio group or select with this label. form-js renders
     * a select as its own drop-down (no native {@code <select>}), so both are driven by clicks.
     */
    public void choose(String fieldLabel, String optionLabel) {
        WebElement field = waitFor(driver -> field(fieldLabel).orElse(null),
                () -> "no form field labelled '" + fieldLabel + "'; labels shown: " + fieldLabels());
        String type = field.getAttribute("class");
        if (type.contains("fjs-form-field-radio")) {
            WebElement option = field.findElements(By.cssSelector("label.fjs-form-field-label")).stream()
                    .filter(label -> label.getText().trim().equals(optionLabel))
                    .findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no option '" + optionLabel + "' in '" + fieldLabel + "'"));
            inView(option.findElement(By.cssSelector("input[type='radio']"))).click();
            wait.until(driver -> option.getAttribute("class").contains("fjs-checked"));
        } else if (type.contains("fjs-form-field-select")) {
            FormJsSelect.pick(driver, wait, field, fieldLabel, optionLabel);
        } else {
            throw new IllegalStateException("'" + fieldLabel + "' is neither a radio group nor a select: " + type);
        }
    }

    /** Completes the task and waits until Tasklist has let go of it (or reports why it could not). */
    public void complete() {
        inView(waitFor(ExpectedConditions.elementToBeClickable(COMPLETE_BUTTON),
                () -> "the Complete button stays disabled; form errors: " + formErrors())).click();
        untilOrError(ExpectedConditions.visibilityOfElementLocated(NO_TASK_SELECTED),
                "Tasklist did not finish completing the task");
    }

    private WebElement inView(WebElement element) {
        return Scrolling.inView(driver, element);
    }

    private Optional<WebElement> field(String label) {
        return driver.findElements(By.cssSelector("section.task-details form.fjs-form .fjs-form-field")).stream()
                .filter(field -> field.findElements(By.cssSelector("label.fjs-form-field-label")).stream()
                        .findFirst()
                        .map(own -> withoutRequiredMark(own.getText()).equals(label))
                        .orElse(false))
                .findFirst();
    }

    private ExpectedCondition<WebElement> filterNamed(String name, boolean active) {
        // The active filter shows its task count after the name, e.g. "My groups' queue (3)".
        Pattern withCounter = Pattern.compile(Pattern.quote(name) + "(\\s*\\(?\\d+\\)?)?");
        return driver -> driver.findElements(FILTER_CARDS).stream()
                .filter(card -> withCounter.matcher(card.findElement(By.cssSelector("h4.name")).getText().trim()).matches())
                .filter(card -> !active || card.getAttribute("class").contains("active"))
                .findFirst()
                .orElse(null);
    }

    private <T> T waitFor(ExpectedCondition<T> condition, Supplier<String> explanation) {
        try {
            return wait.until(condition);
        } catch (TimeoutException timeout) {
            throw new AssertionError(explanation.get() + errorNotifications().map(text -> "; Tasklist says: " + text).orElse(""),
                    timeout);
        }
    }

    /** Waits for the condition, but stops early with Tasklist's own message when it shows an error. */
    private void untilOrError(ExpectedCondition<?> condition, String explanation) {
        ExpectedCondition<Object> reachedOrError = driver -> {
            Optional<String> error = errorNotifications();
            if (error.isPresent()) {
                return error.get();
            }
            Object reached = condition.apply(driver);
            return reached == null || Boolean.FALSE.equals(reached) ? null : Boolean.TRUE;
        };
        if (waitFor(reachedOrError, () -> explanation) instanceof String error) {
            throw new AssertionError(explanation + "; Tasklist says: " + error);
        }
    }

    private Optional<String> errorNotifications() {
        String text = driver.findElements(ERROR_NOTIFICATION).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .map(String::trim)
                .collect(Collectors.joining(" | "));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private String filterNames() {
        return texts(By.cssSelector("section.task-filters .task-filter h4.name"));
    }

    private String taskNames() {
        return texts(By.cssSelector("section.tasks-list li.task h4.task"));
    }

    private String fieldLabels() {
        return texts(By.cssSelector("section.task-details form.fjs-form label.fjs-form-field-label"));
    }

    private String formErrors() {
        return texts(By.cssSelector("section.task-details form.fjs-form .fjs-form-field-error"));
    }

    private String texts(By locator) {
        return driver.findElements(locator).stream()
                .map(WebElement::getText)
                .map(String::trim)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String withoutRequiredMark(String label) {
        String trimmed = label.trim();
        return trimmed.endsWith("*") ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed;
    }
}
