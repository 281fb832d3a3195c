package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kg.sedoff.Http;
import kg.sedoff.TestStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The endpoint over HTTP, as a SPARQL client or a browser would use it. */
class ServerTest {
    static SedoffServer server;
    static String base;

    @BeforeAll
    static void start() {
        server = SedoffServer.create().port(0).dataset(TestStore.dataset()).build().start();
        base = "http://127.0.0.1:" + server.port() + "/sedoff";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void countsMentionsOverHttpAtBothQueryEndpoints() {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e }";
        for (String endpoint : new String[] {"/sparql", "/query"}) {
            HttpResponse<String> r = Http.post(base + endpoint, "application/x-www-form-urlencoded", Http.form("query", q));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"value\": \"" + TestStore.stats().mentions() + "\""), r.body());
        }
    }

    @Test
    void updatesAreRefusedEverywhere() {
        String update = "INSERT DATA { <http://example.org/a> <http://example.org/b> \"c\" }";
        int viaQueryEndpoint = Http.post(base + "/sparql", "application/x-www-form-urlencoded", Http.form("update", update)).statusCode();
        int viaDataset = Http.post(base, "application/sparql-update", update).statusCode();
        int viaUpdatePath = Http.post(base + "/update", "application/sparql-update", update).statusCode();
        int gspPut = Http.send(HttpRequest.newBuilder(URI.create(base + "/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/a> <http://example.org/b> \"c\" .")).build())
                .statusCode();
        for (int status : new int[] {viaQueryEndpoint, viaDataset, viaUpdatePath, gspPut}) {
            assertTrue(status >= 400 && status < 500, "status " + status);
        }
        HttpResponse<String> ask = Http.post(base + "/sparql", "application/x-www-form-urlencoded",
                Http.form("query", "ASK { <http://example.org/a> ?p ?o }"));
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void graphStoreReadReturnsTheCatalogGraph() {
        HttpResponse<String> r = Http.get(base + "/get?graph=http://localhost:3030/graph/catalog", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(g.size() > 500, "catalog triples: " + g.size());
    }

    @Test
    void corsPreflightFromABrowserPageSucceeds() {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org")
                .header("Access-Control-Request-Method", "POST").build());
        assertEquals(200, r.statusCode());
        assertEquals("http://example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }
}
