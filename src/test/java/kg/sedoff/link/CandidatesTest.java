package kg.sedoff.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kg.sedoff.TestStore;
import kg.sedoff.catalog.Catalog;
import kg.sedoff.corpus.Document;
import kg.sedoff.graph.Inputs;
import org.junit.jupiter.api.Test;

/** The curator's to-do list: real names the catalog lacks, and nothing else. */
class CandidatesTest {

    @Test
    void thePamphletHasNoUnlinkedName() {
        Inputs in = Inputs.read(TestStore.dataDir(), TestStore.ontologyDir());
        List<Candidates.Candidate> left = Candidates.find(in.documents(), in.catalog(),
                NotNames.read(TestStore.dataDir().resolve("not-names.txt")));
        assertEquals(List.of(), left);
    }

    @Test
    void anUnknownNameIsListedWithCountAndContext() {
        Document doc = new Document("d", "", "", "", "en", Path.of("d.txt"),
                "Leon met Andres Nin in Barcelona.\nLater Nin wrote to Leon. Thus it went.\n");
        Catalog catalog = new Catalog(List.of(
                LinkerTest.entity("leon-sedov", kg.sedoff.catalog.EntityType.Person, "Leon Sedov", "Leon"),
                LinkerTest.entity("barcelona", kg.sedoff.catalog.EntityType.City, "Barcelona")), List.of(), List.of());
        List<Candidates.Candidate> found = Candidates.find(List.of(doc), catalog, Set.of());
        assertEquals(List.of("Andres Nin", "Nin"), found.stream().map(Candidates.Candidate::phrase).sorted().toList());
        Candidates.Candidate nin = found.stream().filter(c -> c.phrase().equals("Nin")).findFirst().orElseThrow();
        assertEquals(1, nin.count());
        assertEquals(2, nin.line());
        assertTrue(nin.context().startsWith("Later Nin wrote"), nin.context());
    }
}
