package kg.sedoff.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog is checked against ontology/shapes.ttl; a violation names entity, property and problem. */
class ShapesTest {
    @TempDir
    Path tmp;

    @Test
    void aPersonWhoDiesBeforeBirthFailsTheBuildWithAReadableReport() throws IOException {
        Path data = tmp.resolve("data");
        TestStore.copyTree(Path.of("src/test/resources/mini/data"), data);
        Files.writeString(data.resolve("entities.csv"), "zina,Person,Zinaida Volkova,Zina,,1938,1901,,,\n", StandardOpenOption.APPEND);
        Path store = tmp.resolve("store");
        InputException e = assertThrows(InputException.class, () ->
                new StoreBuilder(store, new Iris(Iris.DEFAULT_BASE)).build(Inputs.read(data, TestStore.ontologyDir()), Progress.NONE));
        assertTrue(e.getMessage().contains("SHACL violation: zina"), e.getMessage());
        assertTrue(e.getMessage().contains("dies before being born"), e.getMessage());
        assertFalse(Files.exists(store.resolve("current")), "nothing published");
    }

    @Test
    void theShapesThemselvesAreChecked() throws IOException {
        Path data = tmp.resolve("data");
        TestStore.copyTree(Path.of("src/test/resources/mini/data"), data);
        Path ontology = tmp.resolve("ontology");
        TestStore.copyTree(TestStore.ontologyDir(), ontology);
        // a stricter shape: every person needs a description; the fixture's Leon has one, Petersburg is a place
        Files.writeString(ontology.resolve("shapes.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix schema: <http://schema.org/> .
                [] a sh:NodeShape ; sh:targetClass schema:Place ;
                   sh:property [ sh:path schema:description ; sh:minCount 1 ; sh:message "needs a description" ] .
                """, StandardOpenOption.APPEND);
        InputException e = assertThrows(InputException.class, () ->
                new StoreBuilder(tmp.resolve("store"), new Iris(Iris.DEFAULT_BASE)).build(Inputs.read(data, ontology), Progress.NONE));
        assertTrue(e.getMessage().contains("SHACL violation: petersburg <http://schema.org/description>: needs a description"), e.getMessage());
    }
}
