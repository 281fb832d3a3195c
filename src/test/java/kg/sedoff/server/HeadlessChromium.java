package kg.sedoff.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import kg.sedoff.TestStore;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Selenium, for the browser tests. Skips the calling test
 * class, with the reason, when /usr/bin/chromium or /usr/bin/chromedriver is missing.
 *
 * <p>Clicks that load a new page go through {@link #follow}: a form submit returns before the
 * next page is there, and reading the old page's body then fails as a stale element.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or skips the test class when none is installed. */
    static HeadlessChromium start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no browser at " + CHROMIUM + " (apt-get install chromium)");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "no driver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        // Selenium Manager must never try to download a driver or a browser: there is no internet here.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile = Files.createTempDirectory("sedoff-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1280, 900));
        Files.createDirectories(SCREENSHOTS);
        return new HeadlessChromium(driver, profile);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Clicks a link or a submit button and returns once the page it leads to has loaded. */
    void follow(WebElement clickable) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        String oldUrl = driver.getCurrentUrl();
        clickable.click();
        WebDriverWait wait = new WebDriverWait(driver, PAGE_WAIT);
        // a link to a fragment of the same page keeps the document; anything else replaces it
        wait.until(d -> isGone(oldPage) || !d.getCurrentUrl().equals(oldUrl) && sameDocument(oldUrl, d.getCurrentUrl()));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        }
    }

    private static boolean sameDocument(String before, String after) {
        return strip(before).equals(strip(after));
    }

    private static String strip(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The visible text of the whole page. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Waits until a script on the page marks the element with data-ready="true". */
    void awaitReady(String elementId) {
        new WebDriverWait(driver, PAGE_WAIT).until(d ->
                "true".equals(d.findElement(By.id(elementId)).getAttribute("data-ready")));
    }

    /** Severe console messages: script errors and blocked resources (the missing favicon aside). */
    List<LogEntry> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("/favicon.ico")) // the site has no icon
                .toList();
    }

    /** The window as it is, saved as target/screenshots/NAME.png. */
    void screenshot(String name) throws IOException {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The page from its top, as tall as it is up to maxHeight pixels. */
    void screenshot(String name, int maxHeight) throws IOException {
        Object height = script("window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
        int h = Math.min(maxHeight, Math.max(900, ((Number) height).intValue()));
        driver.manage().window().setSize(new Dimension(1280, h));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Override
    public void close() {
        driver.quit();
        TestStore.deleteQuietly(profile);
    }
}
