package kg.sedoff.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import kg.sedoff.TestStore;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Every class and property the graph uses is declared in the ontology with a label and a comment. */
class OntologyCoverageTest {

    private static TreeSet<String> undeclared(String usedPattern) {
        DatasetGraph dsg = TestStore.dataset();
        return Txn.calculateRead(dsg, () -> {
            RowSet rs = QueryExec.dataset(dsg).query("""
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT DISTINCT ?term WHERE {
                      { SELECT DISTINCT ?term WHERE { %s } }
                      FILTER NOT EXISTS { GRAPH <http://localhost:3030/graph/ontology> { ?term rdfs:label ?l ; rdfs:comment ?c } }
                    }""".formatted(usedPattern)).select();
            TreeSet<String> out = new TreeSet<>();
            rs.forEachRemaining(b -> out.add(b.get("term").toString()));
            return out;
        });
    }

    @Test
    void everyPropertyUsedIsDeclared() {
        TreeSet<String> missing = undeclared("GRAPH ?g { ?s ?term ?o } FILTER(?g != <http://localhost:3030/graph/ontology>)");
        missing.remove("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        assertEquals(List.of(), List.copyOf(missing));
    }

    @Test
    void everyClassUsedIsDeclared() {
        TreeSet<String> missing = undeclared("GRAPH ?g { ?s a ?term } FILTER(?g != <http://localhost:3030/graph/ontology>)");
        missing.remove("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement");
        assertEquals(List.of(), List.copyOf(missing));
    }
}
