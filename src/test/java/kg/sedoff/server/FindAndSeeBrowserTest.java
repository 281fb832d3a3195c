package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The find-and-see views in a real browser (Debian's headless Chromium): search, timeline, family
 * tree, and the scripted network and map, which must draw from the jar's own scripts (no CDN, no
 * tiles) without errors. Screenshots go to target/screenshots/. Skipped, with the reason, on
 * machines without /usr/bin/chromium and /usr/bin/chromedriver.
 */
class FindAndSeeBrowserTest {
    static SedoffServer server;
    static WebDriver browser;
    static Path profile;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM),
                "no browser at " + BrowserTest.CHROMIUM + " (apt-get install chromium)");
        Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMEDRIVER),
                "no driver at " + BrowserTest.CHROMEDRIVER + " (apt-get install chromium-driver)");
        System.setProperty("webdriver.chrome.driver", BrowserTest.CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");
        server = SedoffServer.create().port(0).dataset(TestStore.dataset())
                .with(LinkedDataSite.install(TestStore.dataset(), Iris.DEFAULT_BASE, null))
                .build().start();
        site = "http://127.0.0.1:" + server.port();
        profile = Files.createTempDirectory("sedoff-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.manage().window().setSize(new Dimension(1280, 900));
        Files.createDirectories(BrowserTest.SCREENSHOTS);
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
    void searchShowsThePassageWithTheHitMarked() throws IOException {
        browser.get(site + "/");
        browser.findElement(By.name("q")).sendKeys("Halifax");
        browser.findElement(By.cssSelector("header form.search button")).click();
        assertTrue(text().contains("Enroute from America, near Halifax"), text());
        assertEquals("Halifax", browser.findElement(By.cssSelector("ol.passages mark")).getText());
        screenshot("search-halifax", 1400);
        browser.findElement(By.cssSelector("ol.passages .where a")).click();
        assertTrue(browser.getCurrentUrl().contains("/doc/leon-sedoff-son-friend-fighter#m-"), browser.getCurrentUrl());
        noErrors();
    }

    @Test
    void theTimelineRendersInOrder() throws IOException {
        browser.get(site + "/timeline");
        assertEquals("Timeline", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("li.entry")).size() > 40);
        screenshot("timeline", 2600);
        noErrors();
    }

    @Test
    void theFamilyTreeDrawsThreeGenerations() throws IOException {
        browser.get(site + "/id/leon-sedov/family");
        assertEquals(2, browser.findElements(By.cssSelector(".generation.parents .person")).size());
        assertEquals(3, browser.findElements(By.cssSelector(".generation.own .person")).size());
        screenshot("family-leon-sedov", 1400);
        browser.get(site + "/id/leon-trotsky/family");
        assertEquals(3, browser.findElements(By.cssSelector(".generation.children .person")).size());
        screenshot("family-leon-trotsky", 1400);
        noErrors();
    }

    @Test
    void theNetworkIsDrawnByTheScriptOverTheLists() throws IOException {
        browser.get(site + "/id/leon-sedov/network");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "true".equals(d.findElement(By.id("network-graph")).getAttribute("data-ready")));
        assertTrue(browser.findElement(By.id("network-graph")).isDisplayed());
        assertFalse(browser.findElements(By.cssSelector("#network-canvas canvas")).isEmpty(), "vis-network drew a canvas");
        assertTrue(browser.findElement(By.id("relations")).isDisplayed(), "the lists stay under the picture");
        screenshot("network-leon-sedov", 1800);
        noErrors();
    }

    @Test
    void theMapIsDrawnByLeafletWithoutTiles() throws IOException {
        browser.get(site + "/map");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
        assertTrue(browser.findElement(By.id("map-canvas")).isDisplayed());
        assertFalse(browser.findElement(By.id("map-svg")).isDisplayed(), "the SVG fallback gives way");
        assertTrue(browser.findElements(By.cssSelector("#map-canvas path.leaflet-interactive")).size() >= 10, "a marker per place");
        assertTrue(browser.findElements(By.cssSelector("#map-canvas img.leaflet-tile")).isEmpty(), "no tiles");
        screenshot("map", 1800);
        noErrors();
    }

    @Test
    void withoutJavaScriptTheMapIsAnSvgAndTheNetworkAList() throws IOException {
        // the same pages as a browser with scripting off would see them: the server's own rendering
        browser.get(site + "/map");
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('map-canvas').hidden = true;"
                + "document.getElementById('map-svg').style.display = '';");
        // the server-rendered SVG is in the page (FindAndSeeTest checks the HTML itself over HTTP)
        assertFalse(browser.findElements(By.cssSelector("svg#map-svg circle, svg#map-svg path, svg#map-svg text")).isEmpty(),
                "the server drew the map as SVG");
        screenshot("map-svg", 1800);
        browser.get(site + "/id/leon-sedov/network");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('network-graph').hidden = true;");
        screenshot("network-list", 1600);
    }

    /** Severe console messages (script errors, blocked resources) fail the test. */
    private static void noErrors() {
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("/favicon.ico")) // the site has no icon
                .toList();
        assertTrue(severe.isEmpty(), severe.toString());
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static void screenshot(String name, int maxHeight) throws IOException {
        Object height = ((JavascriptExecutor) browser).executeScript(
                "window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
        int h = Math.min(maxHeight, Math.max(900, ((Number) height).intValue()));
        browser.manage().window().setSize(new Dimension(1280, h));
        try {
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, BrowserTest.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
