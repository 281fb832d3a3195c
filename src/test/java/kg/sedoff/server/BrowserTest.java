package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reader's walk through the site in a real browser (Debian's headless Chromium): home, the entity
 * index, Leon Sedov's page, the document. Screenshots of each page type go to target/screenshots/.
 * Skipped, with the reason, on machines without /usr/bin/chromium and /usr/bin/chromedriver.
 */
class BrowserTest {
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
    void aReaderGoesFromHomeToAnEntityAndIntoTheText() throws IOException {
        browser.open(site + "/");
        assertTrue(browser.text().contains("Leon Sedoff: Son, Friend, Fighter"), browser.text());
        assertTrue(browser.text().contains("entities"));
        browser.screenshot("home", 1200);

        browser.follow(browser.find(By.linkText("All entities")));
        assertEquals("Entities", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.text().contains("People"));
        browser.screenshot("entities", 2400);

        browser.follow(browser.find(By.linkText("Leon Sedov")));
        assertEquals("Leon Sedov", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.text().contains("Relations"));
        assertTrue(browser.text().contains("Mentions in context"));
        assertTrue(browser.text().contains("Named together with"));
        assertTrue(browser.findAll(By.cssSelector("table.kwic td.match a")).size() > 10);
        browser.screenshot("entity", 4000);
        browser.script("arguments[0].scrollIntoView()", browser.find(By.xpath("//h2[text()='Mentions in context']")));
        browser.screenshot("entity-mentions");

        WebElement mention = browser.find(By.cssSelector("table.kwic td.match a"));
        String target = mention.getAttribute("href");
        browser.follow(mention);
        assertTrue(browser.url().contains("/doc/leon-sedoff-son-friend-fighter#m-"), browser.url());
        String fragment = target.substring(target.indexOf('#') + 1);
        WebElement highlighted = browser.find(By.id(fragment));
        assertTrue(highlighted.getAttribute("href").endsWith("/id/leon-sedov"));
        assertTrue(browser.text().contains("The scan, with names linked"));
        browser.screenshot("document-at-mention");
        browser.open(site + "/doc/leon-sedoff-son-friend-fighter");
        browser.screenshot("document", 1800);

        browser.follow(browser.find(By.linkText("Reading text")));
        assertTrue(browser.url().endsWith("?view=normalized"), browser.url());
        browser.screenshot("document-reading");

        browser.find(By.name("q")).sendKeys("reiss");
        browser.follow(browser.find(By.cssSelector("header form.search button")));
        assertTrue(browser.text().contains("Ignace Reiss"), browser.text());
        browser.screenshot("search");

        browser.open(site + "/query");
        assertTrue(browser.text().contains("What became of Ignace Reiss?"));
        browser.screenshot("query", 2400);
    }
}
