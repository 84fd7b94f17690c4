package com.inquirydesk.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;

/**
 * Saves what the browser showed when a test failed: a screenshot, the page source and the
 * browser console, under {@code target/browser-failures/}.
 *
 * <p>It is an exception handler rather than a test watcher because watchers run after
 * {@code @AfterEach}, when the browser has already been closed.
 */
public final class ScreenshotOnFailure implements TestExecutionExceptionHandler {

    private static final Path OUTPUT = Path.of("target", "browser-failures");

    private final Supplier<WebDriver> driver;

    public ScreenshotOnFailure(Supplier<WebDriver> driver) {
        this.driver = driver;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        WebDriver current = driver.get();
        if (current != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                save(current, name);
            } catch (RuntimeException | IOException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    private static void save(WebDriver current, String name) throws IOException {
        Files.createDirectories(OUTPUT);
        Path screenshot = OUTPUT.resolve(name + ".png");
        Files.write(screenshot, ((TakesScreenshot) current).getScreenshotAs(OutputType.BYTES));
        Files.writeString(OUTPUT.resolve(name + ".html"),
                "<!-- " + current.getCurrentUrl() + " -->\n" + current.getPageSource(), StandardCharsets.UTF_8);
        try {
            String console = current.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage())
                    .collect(Collectors.joining("\n"));
            Files.writeString(OUTPUT.resolve(name + "-console.log"), console, StandardCharsets.UTF_8);
        } catch (RuntimeException logsUnavailable) {
            // Not every driver keeps a console log; the screenshot is the main evidence.
        }
        System.err.println("Browser state at failure saved to " + screenshot.toAbsolutePath());
    }
}
