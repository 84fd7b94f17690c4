package com.inquirydesk.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Brings an element to the middle of the window before it is clicked: Tasklist's fixed footer covers the bottom of
 * the task column and of the start dialog, and a click there would hit the footer.
 */
final class Scrolling {

    private Scrolling() {
    }

    static WebElement inView(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        return element;
    }
}
