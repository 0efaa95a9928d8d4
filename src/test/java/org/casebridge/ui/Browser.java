package org.casebridge.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.casebridge.it.CaseBridgeServer;
import org.casebridge.it.TestDatabases;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium against the shared test server. When Chromium is not
 * installed the browser tests say so and are skipped, unless -Dcasebridge.browser.required=true
 * (CI sets it), in which case they fail.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;
    private String base;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser on another installation (see {@link CaseBridgeServer#launch}). */
    public static Browser open(CaseBridgeServer server) {
        Browser browser = open();
        browser.base = server.base();
        return browser;
    }

    public static Browser open() {
        return open("en");
    }

    /** A browser whose language (its Accept-Language) is {@code lang}, e.g. "es" or "ht". */
    public static Browser open(String lang) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("casebridge.browser.required")) {
                Assertions.fail(message + ", and casebridge.browser.required is set");
            }
            Assumptions.abort(message + ": browser tests skipped");
        }
        CaseBridgeServer.get();
        try {
            Path profile = Files.createTempDirectory(TestDatabases.workDir().toAbsolutePath(), "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", lang));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--disable-quic", "--window-size=1280,900", "--lang=" + lang,
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get((base != null ? base : CaseBridgeServer.get().base()) + path);
    }

    /**
     * Clicks something that loads a new page (a full form post or a link) and waits until the old
     * page is gone and the new one has settled; without this a check could still read the old page.
     */
    public void clickAndLoad(org.openqa.selenium.WebElement element) {
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(element));
        settle();
    }

    /**
     * Whether an element of the old page is gone. While the new page replaces the old one, Chromium
     * may answer "Node with given id does not belong to the document" instead of reporting the
     * element stale: that is gone too.
     */
    private static boolean isGone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits until the page has loaded, its initial focus is set and PrimeFaces has no ajax request in flight. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0)"
                        // p:focus (it sets PrimeFaces.customFocus) moves the focus 50 ms after the page is ready: a
                        // test typing before that would see its keys go to another field (seen once in CI: a typed
                        // date lost on a loaded machine). Pages without it are not held up.
                        + " && (function () { var n = performance.getEntriesByType('navigation')[0];"
                        + " return !window.PrimeFaces || !PrimeFaces.customFocus || !n"
                        + " || performance.now() - n.domContentLoadedEventEnd > 150; })();"));
    }

    /** Saves a screenshot for the user guide under docs/images, when -Dcasebridge.screenshots=true. */
    public void screenshot(String name) {
        if (!Boolean.getBoolean("casebridge.screenshots")) {
            return;
        }
        try {
            Path dir = Path.of("docs/images");
            if (Files.isDirectory(Path.of("docs"))) {
                Files.createDirectories(dir);
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                Files.write(dir.resolve(name + ".png"), png);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover profile under target/ is harmless
        }
    }
}
