package com.inquirydesk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A form-js select as Tasklist 7.24 renders it: not a native {@code <select>} but a display box
 * ({@code .fjs-input-group}) that opens a list of {@code .fjs-dropdownlist-item}s below it.
 *
 * <p>The list opens when the field gains focus as well as on a mouse press, and a press on an open list
 * closes it again. Tabbing out of the field above therefore leaves the list already open, and a click
 * would shut it; the box is pressed only while its list is closed.
 */
final class FormJsSelect {

    private static final By BOX = By.cssSelector(".fjs-input-group");
    private static final By ITEMS = By.cssSelector(".fjs-dropdownlist-item");
    private static final By EMPTY = By.cssSelector(".fjs-dropdownlist-empty");

    private FormJsSelect() {
    }

    /** Opens the list of {@code field} unless it is open, picks the option by its label and waits until it shows. */
    static void pick(WebDriver driver, WebDriverWait wait, WebElement field, String fieldLabel, String option) {
        if (!isOpen(field)) {
            Scrolling.inView(driver, field.findElement(BOX)).click();
        }
        WebElement item;
        try {
            item = wait.until(d -> field.findElements(ITEMS).stream()
                    .filter(candidate -> candidate.getText().trim().equals(option)).findFirst().orElse(null));
        } catch (TimeoutException timeout) {
            throw new AssertionError("no option '" + option + "' in '" + fieldLabel + "'; the list shows "
                    + (field.findElements(EMPTY).isEmpty() ? labels(field) : "'" + field.findElement(EMPTY).getText() + "'"), timeout);
        }
        Scrolling.inView(driver, item).click();
        wait.until(d -> shown(field).equals(option));
    }

    /** The label the select shows as chosen, or "" when it shows its placeholder. */
    static String shown(WebElement field) {
        List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
        if (!display.isEmpty()) {
            return display.get(0).getAttribute("class").contains("fjs-select-placeholder") ? "" : display.get(0).getText().trim();
        }
        // A searchable select shows the chosen label in its text input instead.
        String typed = field.findElement(By.cssSelector("input")).getDomProperty("value");
        return typed == null ? "" : typed.trim();
    }

    private static boolean isOpen(WebElement field) {
        return !field.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty();
    }

    private static List<String> labels(WebElement field) {
        return field.findElements(ITEMS).stream().map(WebElement::getText).map(String::trim).toList();
    }
}
