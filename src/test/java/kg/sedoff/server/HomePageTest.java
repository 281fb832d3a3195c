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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front page names the corpus a user built: the one document, or how many there are. */
class HomePageTest {
    @TempDir
    Path tmp;

    @Test
    void oneDocumentIsNamedInTheHeading() throws IOException {
        String home = homeOf(miniData());
        assertTrue(home.contains("<h1>A short letter — as a knowledge graph</h1>"), home);
        assertTrue(home.contains("A short letter, by Test author (1938), read from a raw OCR scan"), home);
        assertTrue(home.contains("<span class=\"n\">1</span> document</li>"), home);
    }

    @Test
    void addedDocumentsAreCountedAndListed() throws IOException {
        Path data = miniData();
        Files.writeString(data.resolve("corpus/note.txt"), "Leon wrote from Paris.\n");
        Files.writeString(data.resolve("documents.csv"), "note,A second note,Another author,1937,corpus/note.txt,en\n",
                StandardOpenOption.APPEND);
        String home = homeOf(data);
        assertTrue(home.contains("<h1>2 documents as a knowledge graph</h1>"), home);
        assertTrue(home.contains("<span class=\"n\">2</span> documents</li>"), home);
        assertFalse(home.contains("A short letter — as a knowledge graph"), home);
        assertTrue(home.contains(">A second note</a> — Another author, 1937"), home);
        assertTrue(home.contains(">A short letter</a> — Test author, 1938"), home);
    }

    private Path miniData() throws IOException {
        Path data = tmp.resolve("data");
        TestStore.copyTree(Path.of("src/test/resources/mini/data"), data);
        return data;
    }

    private String homeOf(Path data) throws IOException {
        Path store = tmp.resolve("store");
        new StoreBuilder(store, new Iris(Iris.DEFAULT_BASE)).build(Inputs.read(data, null), Progress.NONE);
        DatasetGraph dsg = Store.open(store).orElseThrow();
        SedoffServer server = SedoffServer.create().port(0).dataset(dsg)
                .with(LinkedDataSite.install(dsg, Iris.DEFAULT_BASE, null)).build().start();
        try {
            HttpResponse<String> r = Http.get("http://127.0.0.1:" + server.port() + "/", "text/html");
            assertEquals(200, r.statusCode());
            return r.body();
        } finally {
            server.stop();
            Store.close(dsg);
        }
    }
}
