package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The find-and-see views in a real browser (Debian's headless Chromium): search, timeline, family
 * tree, and the scripted network and map, which must draw from the jar's own scripts (no CDN, no
 * tiles) without errors. Screenshots go to target/screenshots/. Skipped, with the reason, on
 * machines without /usr/bin/chromium and /usr/bin/chromedriver.
 */
class FindAndSeeBrowserTest {
    static HeadlessChromium browser;
    static SedoffServer server;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        browser = HeadlessChromium.start();
        server = PamphletSite.start();
        site = PamphletSite.address(server);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void searchShowsThePassageWithTheHitMarked() throws IOException {
        browser.open(site + "/");
        browser.find(By.name("q")).sendKeys("Halifax");
        browser.follow(browser.find(By.cssSelector("header form.search button")));
        assertTrue(browser.text().contains("Enroute from America, near Halifax"), browser.text());
        assertEquals("Halifax", browser.find(By.cssSelector("ol.passages mark")).getText());
        browser.screenshot("search-halifax", 1400);
        browser.follow(browser.find(By.cssSelector("ol.passages .where a")));
        assertTrue(browser.url().contains("/doc/leon-sedoff-son-friend-fighter#s-"), browser.url());
        String sentence = browser.url().substring(browser.url().indexOf('#') + 1);
        assertEquals("\u25B8", browser.script("return getComputedStyle(document.getElementById(arguments[0]), '::before')"
                + ".content.replace(/\"/g, '')", sentence), "the sentence's start is marked");
        browser.screenshot("document-at-sentence");
        noErrors();
    }

    @Test
    void theTimelineRendersInOrder() throws IOException {
        browser.open(site + "/timeline");
        assertEquals("Timeline", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.findAll(By.cssSelector("li.entry")).size() > 40);
        browser.screenshot("timeline", 2600);
        noErrors();
    }

    @Test
    void theFamilyTreeDrawsThreeGenerations() throws IOException {
        browser.open(site + "/id/leon-sedov/family");
        assertEquals(2, browser.findAll(By.cssSelector(".generation.parents .person")).size());
        assertEquals(3, browser.findAll(By.cssSelector(".generation.own .person")).size());
        browser.screenshot("family-leon-sedov", 1400);
        browser.open(site + "/id/leon-trotsky/family");
        assertEquals(3, browser.findAll(By.cssSelector(".generation.children .person")).size());
        browser.screenshot("family-leon-trotsky", 1400);
        noErrors();
    }

    @Test
    void theNetworkIsDrawnByTheScriptOverTheLists() throws IOException {
        browser.open(site + "/id/leon-sedov/network");
        browser.awaitReady("network-graph");
        assertTrue(browser.find(By.id("network-graph")).isDisplayed());
        assertFalse(browser.findAll(By.cssSelector("#network-canvas canvas")).isEmpty(), "vis-network drew a canvas");
        assertTrue(browser.find(By.id("relations")).isDisplayed(), "the lists stay under the picture");
        browser.screenshot("network-leon-sedov", 1800);
        noErrors();
    }

    @Test
    void theMapIsDrawnByLeafletWithoutTiles() throws IOException {
        browser.open(site + "/map");
        browser.awaitReady("map");
        assertTrue(browser.find(By.id("map-canvas")).isDisplayed());
        assertFalse(browser.find(By.id("map-svg")).isDisplayed(), "the SVG fallback gives way");
        assertTrue(browser.findAll(By.cssSelector("#map-canvas path.leaflet-interactive")).size() >= 10, "a marker per place");
        assertTrue(browser.findAll(By.cssSelector("#map-canvas img.leaflet-tile")).isEmpty(), "no tiles");
        browser.screenshot("map", 1800);
        noErrors();
    }

    @Test
    void withoutJavaScriptTheMapIsAnSvgAndTheNetworkAList() throws IOException {
        // the same pages as a browser with scripting off would see them: the server's own rendering
        browser.open(site + "/map");
        browser.script(
                "document.getElementById('map-canvas').hidden = true;"
                + "document.getElementById('map-svg').style.display = '';");
        // the server-rendered SVG is in the page (FindAndSeeTest checks the HTML itself over HTTP)
        assertFalse(browser.findAll(By.cssSelector("svg#map-svg circle, svg#map-svg path, svg#map-svg text")).isEmpty(),
                "the server drew the map as SVG");
        browser.screenshot("map-svg", 1800);
        browser.open(site + "/id/leon-sedov/network");
        browser.script("document.getElementById('network-graph').hidden = true;");
        browser.screenshot("network-list", 1600);
    }

    /** Script errors and blocked resources fail the test. */
    private static void noErrors() {
        var severe = browser.severeConsoleMessages(); // reading the log empties it
        assertTrue(severe.isEmpty(), severe.toString());
    }
}
