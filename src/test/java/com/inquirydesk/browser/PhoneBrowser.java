package com.inquirydesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium the size of a phone (390 × 844) for each test, closed after it, with the checks every
 * customer-facing page must pass on such a screen: nothing scrolls sideways, no injected script ran, and a
 * full-length picture for people to look at. A failing test leaves what the browser showed (ScreenshotOnFailure).
 *
 * <pre>{@code @RegisterExtension final PhoneBrowser phone = new PhoneBrowser(Path.of("target", "x-screenshots"), TIMEOUT);}</pre>
 */
public final class PhoneBrowser implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

    public static final int WIDTH = 390;
    public static final int HEIGHT = 844;
    private static final int LONGEST_SCREENSHOT = 4000;

    private final Path screenshots;
    private final Duration timeout;
    private final ScreenshotOnFailure onFailure = new ScreenshotOnFailure(this::driver);
    private HeadlessChromium browser;
    private WebDriverWait wait;

    public PhoneBrowser(Path screenshots, Duration timeout) {
        this.screenshots = screenshots;
        this.timeout = timeout;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser = HeadlessChromium.start();
        browser.driver().manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        wait = new WebDriverWait(browser.driver(), timeout);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        onFailure.handleTestExecutionException(context, failure);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    public ChromeDriver driver() {
        return browser == null ? null : browser.driver();
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public Object js(String script) {
        return driver().executeScript(script);
    }

    /** Fails when the page is wider than the phone's screen; saves {@code name}.png either way it passes. */
    public void assertFitsTheScreen(String name) {
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long clientWidth = ((Number) js("return document.documentElement.clientWidth")).longValue();
        long innerWidth = ((Number) js("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("%s scrolls sideways", name).isLessThanOrEqualTo(Math.min(clientWidth, innerWidth));
        screenshot(name);
    }

    public void assertNoAlert() {
        try {
            driver().switchTo().alert();
            throw new AssertionError("a script ran and opened an alert");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** A full-length picture of the page at phone width, in the screenshot directory. */
    public void screenshot(String name) {
        ChromeDriver driver = driver();
        try {
            Files.createDirectories(screenshots);
            long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH,
                    "height", (int) Math.min(height, LONGEST_SCREENSHOT), "deviceScaleFactor", 1, "mobile", true));
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
