package com.inquirydesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Checks of a page as a phone shows it: nothing scrolls sideways, no script ran; full-length screenshots for people. */
final class PhoneScreen {

    private final ChromeDriver driver;
    private final Path screenshots;

    PhoneScreen(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    void assertFitsTheScreen(String name) {
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long clientWidth = ((Number) js("return document.documentElement.clientWidth")).longValue();
        long innerWidth = ((Number) js("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("%s scrolls sideways", name).isLessThanOrEqualTo(Math.min(clientWidth, innerWidth));
        screenshot(name);
    }

    void assertNoAlert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a script ran and opened an alert");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** A full-length picture of the page at phone width. */
    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
            Map<String, Object> metrics = Map.of("width", 390, "height", (int) Math.min(height, 4000),
                    "deviceScaleFactor", 1, "mobile", true);
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
