package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import kg.sedoff.TestStore;
import kg.sedoff.graph.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A reader's walk through the site in a real browser (Debian's headless Chromium): home, the entity
 * index, Leon Sedov's page, the document. Screenshots of each page type go to target/screenshots/.
 * Skipped, with the reason, on machines without /usr/bin/chromium and /usr/bin/chromedriver.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static SedoffServer server;
    static WebDriver browser;
    static Path profile;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no browser at " + CHROMIUM + " (apt-get install chromium)");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "no driver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        // Selenium Manager must never try to download a driver or a browser: there is no internet here.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");
        server = SedoffServer.create().port(0).dataset(TestStore.dataset())
                .with(LinkedDataSite.install(TestStore.dataset(), Iris.DEFAULT_BASE,
                        TestStore.dataDir().toAbsolutePath().resolveSibling("queries")))
                .build().start();
        site = "http://127.0.0.1:" + server.port();
        profile = Files.createTempDirectory("sedoff-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.manage().window().setSize(new Dimension(1280, 900));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (profile != null) {
            TestStore.deleteQuietly(profile);
        }
    }

    @Test
    void aReaderGoesFromHomeToAnEntityAndIntoTheText() throws IOException {
        browser.get(site + "/");
        assertTrue(text().contains("Leon Sedoff: Son, Friend, Fighter"), text());
        assertTrue(text().contains("entities"));
        screenshot("home", 1200);

        browser.findElement(By.linkText("All entities")).click();
        assertEquals("Entities", browser.findElement(By.tagName("h1")).getText());
        assertTrue(text().contains("People"));
        screenshot("entities", 2400);

        browser.findElement(By.linkText("Leon Sedov")).click();
        assertEquals("Leon Sedov", browser.findElement(By.tagName("h1")).getText());
        assertTrue(text().contains("Relations"));
        assertTrue(text().contains("Mentions in context"));
        assertTrue(text().contains("Named together with"));
        assertTrue(browser.findElements(By.cssSelector("table.kwic td.match a")).size() > 10);
        screenshot("entity", 4000);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.xpath("//h2[text()='Mentions in context']")));
        screenshot("entity-mentions");

        WebElement mention = browser.findElement(By.cssSelector("table.kwic td.match a"));
        String target = mention.getAttribute("href");
        mention.click();
        assertTrue(browser.getCurrentUrl().contains("/doc/leon-sedoff-son-friend-fighter#m-"), browser.getCurrentUrl());
        String fragment = target.substring(target.indexOf('#') + 1);
        WebElement highlighted = browser.findElement(By.id(fragment));
        assertTrue(highlighted.getAttribute("href").endsWith("/id/leon-sedov"));
        assertTrue(text().contains("The scan, with names linked"));
        screenshot("document-at-mention");
        browser.get(site + "/doc/leon-sedoff-son-friend-fighter");
        screenshot("document", 1800);

        browser.findElement(By.linkText("Reading text")).click();
        assertTrue(browser.getCurrentUrl().endsWith("?view=normalized"));
        screenshot("document-reading");

        browser.findElement(By.name("q")).sendKeys("reiss");
        browser.findElement(By.cssSelector("header form.search button")).click();
        assertTrue(text().contains("Ignace Reiss"), text());
        screenshot("search");

        browser.get(site + "/query");
        assertTrue(text().contains("What became of Ignace Reiss?"));
        screenshot("query", 2400);
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static void screenshot(String name) throws IOException {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The page from its top, as tall as it is up to maxHeight pixels. */
    private static void screenshot(String name, int maxHeight) throws IOException {
        Object height = ((JavascriptExecutor) browser).executeScript(
                "window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
        int h = Math.min(maxHeight, Math.max(900, ((Number) height).intValue()));
        browser.manage().window().setSize(new Dimension(1280, h));
        try {
            screenshot(name);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
