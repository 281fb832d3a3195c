package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import kg.sedoff.Http;
import kg.sedoff.TestStore;
import kg.sedoff.graph.Inputs;
import kg.sedoff.graph.Iris;
import kg.sedoff.graph.Progress;
import kg.sedoff.store.Store;
import kg.sedoff.store.StoreBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A catalog row written as markup shows up as text on every page, never as markup. */
class MarkupInjectionTest {
    static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    static Path tmp;
    static DatasetGraph dsg;
    static SedoffServer server;
    static String site;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path data = tmp.resolve("data");
        TestStore.copyTree(Path.of("src/test/resources/mini/data"), data);
        Files.writeString(data.resolve("entities.csv"),
                "evil,Person," + SCRIPT + ",\"<b>Bold</b>|x\"\"onmouseover=\"\"alert(2)\",\"An <img src=x onerror=alert(3)> & co\",,,,,\n",
                StandardOpenOption.APPEND);
        Path store = tmp.resolve("store");
        new StoreBuilder(store, new Iris(Iris.DEFAULT_BASE)).build(Inputs.read(data, null), Progress.NONE);
        dsg = Store.open(store).orElseThrow();
        server = SedoffServer.create().port(0).dataset(dsg)
                .with(LinkedDataSite.install(dsg, Store.base(store).orElse(Iris.DEFAULT_BASE), null))
                .build().start();
        site = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        Store.close(dsg);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/evil", "/entities", "/search?q=script", "/search?q=bold"})
    void markupFromTheCatalogIsEscaped(String path) {
        HttpResponse<String> r = Http.get(site + path, "text/html");
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertFalse(page.contains("<script>alert(1)"), page);
        assertFalse(page.contains("<img src=x"), page);
        assertFalse(page.contains("<b>Bold"), page);
        assertFalse(page.contains("\"onmouseover="), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || path.equals("/search?q=bold"), page);
    }

    @Test
    void theEntityPageShowsTheMarkupAsText() {
        String page = Http.get(site + "/id/evil", "text/html").body();
        assertTrue(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), page);
        assertTrue(page.contains("An &lt;img src"), page);
        assertTrue(page.contains("&lt;b&gt;Bold&lt;/b&gt;"), page);
    }
}
