package org.kafo.web.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's chromedriver (nothing is downloaded), headless, with the flags
 * this closed network needs. Screenshots go to {@code target/screenshots} (kept by CI); a journey's go to
 * {@code target/screenshots/<journey>/}, numbered in the order of its steps.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    /** Steps are numbered per folder, so that two people's browsers in one journey share one sequence. */
    private static final java.util.Map<Path, java.util.concurrent.atomic.AtomicInteger> STEPS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path screenshots;

    public Browser() {
        this(SCREENSHOTS);
    }

    /** A browser for one journey: its screenshots are kept together, in step order. */
    public static Browser forJourney(String journey) {
        return new Browser(SCREENSHOTS.resolve(journey));
    }

    /** A journey's browser with more Chromium flags (the release's test trusts its self-signed certificate). */
    public static Browser forJourney(String journey, String... flags) {
        return new Browser(SCREENSHOTS.resolve(journey), flags);
    }

    private Browser(Path screenshots, String... flags) {
        this.screenshots = screenshots;
        try {
            profile = Files.createTempDirectory("kafo-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kafo.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--hide-scrollbars", "--window-size=412,915", "--lang=fr-FR",
                "--user-data-dir=" + profile);
        options.addArguments(flags);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
        // the console (Content-Security-Policy violations are reported there), read by consoleErrors()
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("kafo.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /**
     * Waits until the page that held {@code element} is replaced (after a form's submission). While the new document
     * loads, Chromium may answer "Node … does not belong to the document" instead of "stale element": both mean gone.
     */
    public void awaitReplaced(WebElement element) {
        waiting().until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Opens the header's menu when it is folded (a narrow window: the navigation and the account are behind the "Menu"
     * button), as a person would before choosing in it; does nothing on a wide window.
     */
    public void openMenu() {
        java.util.List<WebElement> toggle = driver.findElements(org.openqa.selenium.By.id("menu-toggle"));
        if (!toggle.isEmpty() && toggle.get(0).isDisplayed() && !"true".equals(toggle.get(0).getAttribute("aria-expanded"))) {
            toggle.get(0).click();
        }
    }

    /**
     * Lays pages out as on a phone {@code width} pixels wide (the viewport, as Chromium's device mode does it; the
     * window keeps its size), until {@link #wholeWindow()}.
     */
    public void phoneWidth(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", 780, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Back to the window's own size. */
    public void wholeWindow() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    public void open(String url) {
        driver.get(url);
    }

    /** The console's errors since the last call (a script refused by the page's policy, a failed load…). */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /**
     * The console's errors as {@link #consoleErrors}, each followed by the line of the page's own HTML it names (what the
     * page's policy refused, to read in the failure).
     */
    public java.util.List<String> consoleErrorsWithSource() {
        return consoleErrors().stream().map(error -> {
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("^(\\S+) (\\d+) ").matcher(error);
            if (!at.find()) {
                return error;
            }
            Object line = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text())"
                    + ".then(t => done(t.split('\\n').slice(Math.max(0, arguments[1] - 2), arguments[1] + 1).join('\\n').substring(0, 3000)))"
                    + ".catch(e => done(String(e)));", at.group(1), Integer.parseInt(at.group(2)));
            return error + "\n    at: " + line;
        }).toList();
    }

    /** Keeps what the user saw, named for the step. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(screenshots.equals(SCREENSHOTS) ? name + ".png" : String.format("%02d-%s.png",
                    STEPS.computeIfAbsent(screenshots, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet(), name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps this step's screenshot for the user guide too, as {@code <image>.png} 360 pixels wide, when the run is asked
     * for the guide's images ({@code -Dkafo.guide.images=<the guide's images folder>}); otherwise only as a step's
     * screenshot. The journeys name here the steps the guide shows.
     */
    public Path guideScreenshot(String image) {
        return guideScreenshot(image, null);
    }

    /** The same, the page scrolled to the element {@code shownId} first (the part of the page the guide speaks of). */
    public Path guideScreenshot(String image, String shownId) {
        phoneWidth(GUIDE_WIDTH);
        try {
            if (shownId != null) {
                driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", shownId);
            }
            Path shot = screenshot(image);
            String folder = System.getProperty("kafo.guide.images", "");
            if (!folder.isBlank()) {
                Path target = Path.of(folder).resolve(image + ".png");
                Files.createDirectories(target.getParent());
                Files.copy(shot, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return shot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (shownId != null) {
                driver.executeScript("window.scrollTo(0, 0)");
            }
            wholeWindow();
        }
    }

    /** The width of the guide's images: a common phone's. */
    public static final int GUIDE_WIDTH = 360;

    @Override
    public void close() {
        driver.quit();
    }
}
