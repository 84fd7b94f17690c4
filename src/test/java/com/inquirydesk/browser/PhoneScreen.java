package com.inquirydesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Checks for pages on a phone-sized screen: nothing scrolls sideways, and a full-length picture for people to look at. */
public final class PhoneScreen {

    public static final int WIDTH = 390;

    private PhoneScreen() {
    }

    /** Fails when the page is wider than the screen; saves {@code name}.png in {@code directory} either way it passes. */
    public static void assertFits(ChromeDriver driver, Path directory, String name) {
        long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        long clientWidth = ((Number) driver.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(scrollWidth).as("%s scrolls sideways", name).isLessThanOrEqualTo(clientWidth);
        try {
            Files.createDirectories(directory);
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH,
                    "height", (int) Math.min(height, 4000), "deviceScaleFactor", 1, "mobile", true));
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
