package kg.sedoff.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import kg.sedoff.TestStore;
import kg.sedoff.graph.Inputs;
import kg.sedoff.graph.Iris;
import kg.sedoff.graph.Progress;
import kg.sedoff.input.InputException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that fails says what is wrong, with file and line, and leaves the live store as it was. */
class FailedBuildTest {
    @TempDir
    Path tmp;

    @Test
    void corruptCatalogLeavesPreviousStoreIntactAndNamesTheLine() throws IOException {
        Path data = TestStore.copyOfData(tmp);
        Path store = tmp.resolve("store");
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        var first = new StoreBuilder(store, iris).build(Inputs.read(data, tmp.resolve("ontology")), Progress.NONE);
        Path live = new StoreLayout(store).current().orElseThrow();

        Path entities = data.resolve("entities.csv");
        long lines = Files.readAllLines(entities).size();
        Files.writeString(entities, "broken-row,Person,\"Unclosed quote,,,\n", StandardOpenOption.APPEND);

        InputException e = assertThrows(InputException.class,
                () -> new StoreBuilder(store, iris).build(Inputs.read(data, tmp.resolve("ontology")), Progress.NONE));
        assertTrue(e.getMessage().contains("entities.csv:" + (lines + 1)), e.getMessage());
        assertTrue(e.getMessage().contains("quote"), e.getMessage());

        assertEquals(live, new StoreLayout(store).current().orElseThrow(), "the live generation is unchanged");
        DatasetGraph dsg = Store.open(store).orElseThrow();
        long mentions = BuildTest.count(dsg, "SELECT (COUNT(*) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e }");
        assertEquals(first.mentions(), mentions);
        Store.close(dsg);
    }

    /**
     * Texts are read when the build reaches them, not all at the start. One edited in between
     * would no longer match the offsets found when the inputs were checked: the build stops and
     * names the file, and the live store stays as it was.
     */
    @Test
    void aTextEditedDuringTheBuildStopsItAndNamesTheFile() throws IOException {
        Path data = TestStore.copyOfData(tmp);
        Path store = tmp.resolve("store");
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        new StoreBuilder(store, iris).build(Inputs.read(data, tmp.resolve("ontology")), Progress.NONE);
        Path live = new StoreLayout(store).current().orElseThrow();

        Inputs checked = Inputs.read(data, tmp.resolve("ontology"));
        Path text = data.resolve("corpus/leon-sedoff-son-friend-fighter.txt");
        Files.writeString(text, "A line added at the top.\n" + Files.readString(text));

        InputException e = assertThrows(InputException.class,
                () -> new StoreBuilder(store, iris).build(checked, Progress.NONE));
        assertTrue(e.getMessage().contains("leon-sedoff-son-friend-fighter.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("changed while it was being read"), e.getMessage());
        assertEquals(live, new StoreLayout(store).current().orElseThrow(), "the live generation is unchanged");
        assertEquals(1, new StoreLayout(store).generations().size(), "the unfinished generation is gone");
    }

    @Test
    void rebuildSwitchesToTheNewGenerationAndKeepsOnlyOnePrevious() throws IOException {
        Path data = TestStore.copyOfData(tmp);
        Path store = tmp.resolve("store");
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        for (int i = 0; i < 3; i++) {
            new StoreBuilder(store, iris).build(Inputs.read(data, tmp.resolve("ontology")), Progress.NONE);
        }
        StoreLayout layout = new StoreLayout(store);
        assertEquals(2, layout.generations().size(), "live + the one before it");
        assertTrue(layout.generations().contains(layout.current().orElseThrow()));
    }
}
