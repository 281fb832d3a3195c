package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import kg.sedoff.Http;
import kg.sedoff.TestStore;
import kg.sedoff.export.Dump;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** VoID, the SPARQL service description and the /dumps/ downloads, as tools fetch them. */
class DatasetDescriptionTest {
    static SedoffServer server;
    static String root;

    @BeforeAll
    static void start() {
        server = SedoffServer.create().port(0).dataset(TestStore.dataset())
                .with(LinkedDataSite.install(TestStore.dataset(), "http://localhost:3030/")).build().start();
        root = "http://127.0.0.1:" + server.port() + "/";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void voidNamesTheEndpointTheDumpsAndTheCounts() {
        HttpResponse<String> r = Http.get(root + ".well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = turtle(r.body());
        assertTrue(g.contains(null, NodeFactory.createURI(DatasetDescription.VOID + "sparqlEndpoint"),
                NodeFactory.createURI(root + "sedoff/sparql")));
        assertEquals(Dump.all().size(), g.find(null, NodeFactory.createURI(DatasetDescription.VOID + "dataDump"), null).toList().size());
        String triples = g.find(null, NodeFactory.createURI(DatasetDescription.VOID + "triples"), null).next().getObject().getLiteralLexicalForm();
        assertTrue(Long.parseLong(triples) > 10_000, triples);
    }

    @Test
    void endpointDescribesItselfWhenAskedWithoutAQuery() {
        HttpResponse<String> r = Http.get(root + "sedoff/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(turtle(r.body()).contains(null, NodeFactory.createURI(DatasetDescription.SD + "endpoint"),
                NodeFactory.createURI(root + "sedoff/sparql")));
    }

    @Test
    void everyRdfDumpDownloadsAndParses() {
        for (String name : new String[] {"ttl", "trig", "nq", "nt", "jsonld", "rdfxml"}) {
            HttpResponse<String> r = Http.get(root + "dumps/sedoff-kg." + name, null);
            assertEquals(200, r.statusCode(), name);
            Lang lang = RDFLanguages.contentTypeToLang(r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.fromString(r.body(), lang).parse(back);
            assertTrue(back.getDefaultGraph().size() + back.stream().count() > 10_000, name);
        }
    }

    @Test
    void networkFilesDownloadForGraphTools() {
        for (String name : new String[] {"gexf", "graphml", "cyjs"}) {
            HttpResponse<String> r = Http.get(root + "dumps/sedoff-kg." + name, null);
            assertEquals(200, r.statusCode(), name);
            assertTrue(r.body().contains("leon-sedov"), name);
        }
        assertEquals(404, Http.get(root + "dumps/sedoff-kg.exe", null).statusCode());
        assertTrue(Http.get(root + "dumps/", "text/html").body().contains("sedoff-kg.gexf"));
    }
}
