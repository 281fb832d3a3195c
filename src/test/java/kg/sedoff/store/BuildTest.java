package kg.sedoff.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kg.sedoff.TestStore;
import kg.sedoff.graph.BuildStats;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The pamphlet built from data/ satisfies the graph contract. */
class BuildTest {

    static long count(DatasetGraph dsg, String sparql) {
        return Txn.calculateRead(dsg, () -> {
            RowSet rs = QueryExec.dataset(dsg).query(PREFIXES + sparql).select();
            return Long.parseLong(rs.next().get("n").getLiteralLexicalForm());
        });
    }

    static final String PREFIXES = """
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX schema: <http://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX sedoff: <https://w3id.org/sedoff-kg/ns#>
            """;

    @Test
    void summaryCountsWhatWasBuilt() {
        BuildStats s = TestStore.stats();
        assertEquals(1, s.documents());
        assertTrue(s.entities() >= 30, "entities: " + s.entities());
        assertTrue(s.mentions() > 150, "mentions: " + s.mentions());
        assertTrue(s.quads() > 1000, "quads: " + s.quads());
    }

    @Test
    void defaultGraphSeesEveryMentionWithoutGraphClause() {
        long n = count(TestStore.dataset(), "SELECT (COUNT(*) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e }");
        assertEquals(TestStore.stats().mentions(), n);
    }

    @Test
    void everyAnchorIsExactlyTheRawTextAtItsOffsets() {
        DatasetGraph dsg = TestStore.dataset();
        long bad = Txn.calculateRead(dsg, () -> {
            RowSet rs = QueryExec.dataset(dsg).query(PREFIXES + """
                    SELECT ?a ?b ?e ?s WHERE {
                      ?m itsrdf:taIdentRef ?x ; nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e ;
                         nif:referenceContext ?c .
                      ?c nif:isString ?s }""").select();
            long wrong = 0;
            while (rs.hasNext()) {
                var row = rs.next();
                String raw = row.get("s").getLiteralLexicalForm();
                int b = Integer.parseInt(row.get("b").getLiteralLexicalForm());
                int e = Integer.parseInt(row.get("e").getLiteralLexicalForm());
                if (!raw.substring(b, e).equals(row.get("a").getLiteralLexicalForm())) {
                    wrong++;
                }
            }
            return wrong;
        });
        assertEquals(0, bad);
    }

    @Test
    void everyEntityHasASchemaTopTypeAndOneLabel() {
        DatasetGraph dsg = TestStore.dataset();
        long entities = count(dsg, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e sedoff:mentionCount ?c }");
        long typed = count(dsg, """
                SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e sedoff:mentionCount ?c ; a ?t ; rdfs:label ?l .
                  VALUES ?t { schema:Person schema:Place schema:Organization schema:CreativeWork schema:Event } }""");
        assertEquals(TestStore.stats().entities(), entities);
        assertEquals(entities, typed);
    }

    @Test
    void namesBrokenAcrossLinesAreFound() {
        DatasetGraph dsg = TestStore.dataset();
        long zinoviev = count(dsg, """
                SELECT (COUNT(*) AS ?n) WHERE { ?m itsrdf:taIdentRef <http://localhost:3030/id/grigory-zinoviev> ;
                  nif:anchorOf ?a FILTER(CONTAINS(?a, "Zi-")) }""");
        assertEquals(1, zinoviev, "the glossary's 'Zi-\\nnoviev' is a mention of Zinoviev");
    }
}
