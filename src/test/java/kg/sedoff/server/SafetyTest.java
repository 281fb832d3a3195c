package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import kg.sedoff.Http;
import kg.sedoff.TestStore;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each protection of the server, shown by a request that it stops. */
class SafetyTest {
    @TempDir
    Path tmp;

    private static String endpoint(SedoffServer s) {
        return "http://127.0.0.1:" + s.port() + "/sedoff/sparql";
    }

    private static HttpResponse<String> query(SedoffServer s, String q) {
        return Http.post(endpoint(s), "application/x-www-form-urlencoded", Http.form("query", q));
    }

    @Test
    void listensOnLoopbackUnlessAHostIsGiven() {
        SedoffServer s = SedoffServer.create().port(0).dataset(TestStore.dataset()).build();
        assertTrue(List.of("localhost", "127.0.0.1").contains(s.boundHost()), s.boundHost());
    }

    @Test
    void resultsAreCapped() {
        SedoffServer s = SedoffServer.create().port(0).maxResultRows(5).dataset(TestStore.dataset()).build().start();
        try {
            HttpResponse<String> r = Http.post(endpoint(s), "application/x-www-form-urlencoded",
                    Http.form("query", "SELECT * WHERE { ?s ?p ?o }"), "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals(1 + 5, r.body().strip().split("\r?\n").length, "header and 5 rows");
        } finally {
            s.stop();
        }
    }

    @Test
    void oversizedRequestsAreRefused() {
        SedoffServer s = SedoffServer.create().port(0).maxRequestBytes(10_000).dataset(TestStore.dataset()).build().start();
        try {
            String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(20_000);
            HttpResponse<String> r = Http.post(endpoint(s), "application/sparql-query", big);
            assertEquals(413, r.statusCode());
            assertEquals(200, query(s, "ASK { ?s ?p ?o }").statusCode(), "small requests still pass");
        } finally {
            s.stop();
        }
    }

    @Test
    void slowQueriesTimeOut() {
        SedoffServer s = SedoffServer.create().port(0).queryTimeoutMillis(300).dataset(TestStore.dataset()).build().start();
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(s, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(r.statusCode() >= 400, "status " + r.statusCode());
            assertTrue(seconds < 20, "took " + seconds + " s");
            assertNoStackTrace(r.body());
        } finally {
            s.stop();
        }
    }

    @Test
    void writesNeedTheirOptionAndAPassword() throws IOException {
        Path pw = tmp.resolve("passwords");
        Files.writeString(pw, "# writers\ncurator: s3cret\n");
        DatasetGraph scratch = DatasetGraphFactory.createTxnMem();
        scratch.add(SSE.parseQuad("(:g :s :p :o)"));
        SedoffServer s = SedoffServer.create().port(0).allowWritesFor(pw).dataset(scratch).build().start();
        try {
            String update = "http://127.0.0.1:" + s.port() + "/sedoff/update";
            String insert = "INSERT DATA { <http://example.org/x> <http://example.org/y> \"z\" }";
            assertEquals(401, Http.post(update, "application/sparql-update", insert).statusCode());
            HttpResponse<String> wrong = Http.send(HttpRequest.newBuilder(URI.create(update))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic("curator", "guess"))
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> ok = Http.send(HttpRequest.newBuilder(URI.create(update))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic("curator", "s3cret"))
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, "status " + ok.statusCode());
            assertTrue(query(s, "ASK { <http://example.org/x> ?p ?o }").body().contains("true"));
            assertEquals(200, query(s, "ASK { ?s ?p ?o }").statusCode(), "reads need no password");
        } finally {
            s.stop();
        }
    }

    @Test
    void oddRequestsGetClearErrorsWithoutStackTraces() {
        SedoffServer s = SedoffServer.create().port(0).dataset(TestStore.dataset()).build().start();
        String base = "http://127.0.0.1:" + s.port();
        try {
            List<String> paths = List.of(
                    "/sedoff/sparql?query=SELECT%20*%20WHERE%20%7B",                  // unbalanced brace
                    "/sedoff/sparql?query=%22%3E%3Cscript%3E",                         // quotes, angle brackets
                    "/sedoff/sparql?query=SELECT+*+WHERE+%7B%3Chttp%3A%2F%2Fx%3E+%3Fp+%3Fo%7D%7D%7D",
                    "/sedoff/sparql?query=",
                    "/sedoff/get?graph=%3C%3E%22'%7B%7D",
                    "/sedoff/../../etc/passwd",
                    "/sedoff/%2e%2e/%2e%2e/etc/passwd",
                    "/sedoff%2Fsparql",
                    "/id/..%2F..%2Fetc%2Fpasswd",
                    "/nothing-here");
            for (String p : paths) {
                HttpResponse<String> r = Http.get(base + p, "application/sparql-results+json");
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, p + " -> " + r.statusCode());
                assertNoStackTrace(r.body());
                assertFalse(r.body().contains("root:"), p + " leaked a file");
            }
        } finally {
            s.stop();
        }
    }

    static void assertNoStackTrace(String body) {
        assertFalse(body.contains("\tat ") || body.contains("at org.apache") || body.contains("Exception:"),
                "stack trace in response:\n" + body);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
