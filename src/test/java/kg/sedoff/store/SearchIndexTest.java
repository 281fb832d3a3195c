package kg.sedoff.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import kg.sedoff.TestStore;
import kg.sedoff.graph.Vocab;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The store is built with a full-text index and coordinates, and opens with text:query working. */
class SearchIndexTest {
    static final String PREFIXES = BuildTest.PREFIXES + """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            """;

    private static List<String> column(String var, String sparql) {
        DatasetGraph dsg = TestStore.dataset();
        return Txn.calculateRead(dsg, () -> {
            RowSet rs = QueryExec.dataset(dsg).query(PREFIXES + sparql).select();
            List<String> out = new ArrayList<>();
            rs.forEachRemaining(b -> out.add(b.get(var).isLiteral() ? b.get(var).getLiteralLexicalForm() : b.get(var).toString()));
            return out;
        });
    }

    @Test
    void theLiveGenerationHasItsIndexBesideTheDatabase() {
        var gen = new StoreLayout(TestStore.storeDir()).current().orElseThrow();
        assertTrue(Files.isDirectory(gen.resolve(SearchIndex.DIRECTORY)));
        assertTrue(SearchIndex.of(TestStore.dataset()).isPresent(), "Store.open returns a text dataset");
    }

    @Test
    void textQueryFindsTheHalifaxSentenceWithAScore() {
        List<String> text = column("text", """
                SELECT ?s ?score ?text WHERE { (?s ?score ?text) text:query (sedoff:normalizedText "Halifax") }""");
        assertEquals(1, text.size(), text.toString());
        assertTrue(text.get(0).startsWith("Enroute from America, near Halifax"), text.get(0));
        List<String> scores = column("score", """
                SELECT ?score WHERE { (?s ?score) text:query (sedoff:normalizedText "Halifax") }""");
        assertTrue(Float.parseFloat(scores.get(0)) > 0, scores.toString());
    }

    @Test
    void labelsAliasesAndDescriptionsAreIndexedAndTheUnionGraphStillJoins() {
        // text:query without a property searches labels; the join needs the union default graph
        assertEquals(List.of("1"), column("n", """
                SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e text:query "Halifax" ; sedoff:mentionCount ?c }"""));
        assertTrue(column("e", """
                SELECT ?e WHERE { ?e text:query (skos:altLabel "Levik") }""").contains("http://localhost:3030/id/leon-sedov"));
        assertTrue(column("e", """
                SELECT ?e WHERE { ?e text:query (schema:description "suicide") }""").contains("http://localhost:3030/id/zinaida-volkova"));
        // English analysis: a plural finds the singular
        assertFalse(column("s", """
                SELECT ?s WHERE { ?s text:query (sedoff:normalizedText "trials") }""").isEmpty());
    }

    @Test
    void theHighlighterFindsWhatTheIndexMatched() {
        String text = "Enroute from America, near Halifax, the eleven-year-old Levik struck a British officer";
        List<int[]> m = SearchIndex.matches(text, "halifax officers");
        assertEquals(2, m.size());
        assertEquals("Halifax", text.substring(m.get(0)[0], m.get(0)[1]));
        assertEquals("officer", text.substring(m.get(1)[0], m.get(1)[1]));
        assertTrue(SearchIndex.matches(text, "\"*:(").isEmpty(), "query syntax is not an error");
        assertTrue(SearchIndex.search(TestStore.dataset(), Vocab.NORMALIZED_TEXT, "\"Halifax* OR", 10).size() <= 10);
    }

    @Test
    void placesWithCitedCoordinatesAreSchemaGeoAndGeoSparqlInTheirOwnGraph() {
        List<String> wkt = column("wkt", """
                SELECT ?wkt WHERE { GRAPH <http://localhost:3030/graph/places> {
                  <http://localhost:3030/id/paris> geo:hasGeometry/geo:asWKT ?wkt } }""");
        assertEquals(1, wkt.size());
        assertTrue(wkt.get(0).matches("POINT\\(2\\.3\\d* 48\\.8\\d*\\)"), wkt.get(0));
        List<String> source = column("src", """
                SELECT ?src WHERE { <http://localhost:3030/id/paris> schema:geo ?g . ?g schema:latitude ?lat ;
                  schema:longitude ?lon ; <http://purl.org/dc/terms/source> ?src }""");
        assertEquals(1, source.size());
        assertTrue(source.get(0).startsWith("http"), source.get(0));
        // a place without a cited source has no coordinates at all
        assertEquals(List.of("0"), column("n", """
                SELECT (COUNT(*) AS ?n) WHERE { <http://localhost:3030/id/france> schema:geo ?g }"""));
    }
}
