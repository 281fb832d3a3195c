package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import kg.sedoff.Http;
import kg.sedoff.TestStore;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * A bounded load and fault test on loopback: 8 clients send 2,400 requests mixing the benchmark's
 * queries with malformed and very large queries, while slow readers and aborted connections come
 * and go. Valid queries must get no 5xx and no wrong answer, and the server must be healthy after.
 */
class LoadAndFaultTest {
    static final String[] MIX = {"entity-by-label", "mentions-in-context", "comention-neighbours", "family-relations", "label-prefix"};

    static String mixQuery(String name) {
        try (InputStream in = LoadAndFaultTest.class.getResourceAsStream("/querymix/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void validQueriesStayCorrectUnderLoadAndFaults() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (String name : MIX) {
            String q = mixQuery(name);
            expected.put(name, Txn.calculateRead(TestStore.dataset(), () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.create(q,
                        org.apache.jena.query.DatasetFactory.wrap(TestStore.dataset()))) {
                    ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                }
                return sortedLines(out.toString(StandardCharsets.UTF_8));
            }));
        }
        SedoffServer server = SedoffServer.create().port(0).dataset(TestStore.dataset()).build().start();
        String endpoint = "http://127.0.0.1:" + server.port() + "/sedoff/sparql";
        int clients = 8;
        int perClient = 300;
        AtomicInteger valid = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger faults = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        String huge = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 # " + "y".repeat(400_000);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        int kind = (client * perClient + i) % 20;
                        long start = System.nanoTime();
                        if (kind < 14) {
                            String name = MIX[(client + i) % MIX.length];
                            HttpResponse<String> r = Http.post(endpoint, "application/x-www-form-urlencoded",
                                    Http.form("query", mixQuery(name)), "text/csv");
                            latencies.add(System.nanoTime() - start);
                            valid.incrementAndGet();
                            if (r.statusCode() >= 500) {
                                serverErrors.incrementAndGet();
                            } else if (r.statusCode() != 200 || !sortedLines(r.body()).equals(expected.get(name))) {
                                wrong.incrementAndGet();
                            }
                        } else if (kind < 17) {
                            HttpResponse<String> r = Http.post(endpoint, "application/sparql-query", "SELECT ?x WHERE { ?x ?y } }");
                            if (r.statusCode() != 400) {
                                wrong.incrementAndGet();
                            }
                            rejected.incrementAndGet();
                        } else if (kind == 17) {
                            // a very large query (under the 1 MB request limit) is still answered
                            HttpResponse<String> r = Http.post(endpoint, "application/sparql-query", huge, "text/csv");
                            valid.incrementAndGet();
                            if (r.statusCode() >= 500) {
                                serverErrors.incrementAndGet();
                            } else if (r.statusCode() != 200 || r.body().strip().split("\r?\n").length != 2) {
                                wrong.incrementAndGet();
                            }
                        } else if (kind == 18) {
                            slowReader(server.port());
                            faults.incrementAndGet();
                        } else {
                            abortedRequest(server.port());
                            faults.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            long p50 = sorted.get(sorted.size() / 2) / 1_000_000;
            long p99 = sorted.get((int) (sorted.size() * 0.99)) / 1_000_000;
            System.out.printf("load test: %d requests in %.1f s (%d valid queries, %d refused on purpose, %d slow/aborted "
                            + "connections); valid: %d 5xx, %d wrong; p50 %d ms, p99 %d ms%n",
                    clients * perClient, seconds, valid.get(), rejected.get(), faults.get(),
                    serverErrors.get(), wrong.get(), p50, p99);
            assertEquals(0, serverErrors.get(), "5xx for valid queries");
            assertEquals(0, wrong.get(), "wrong answers or wrong refusals");
            assertEquals(200, Http.post(endpoint, "application/sparql-query", "ASK { ?s ?p ?o }").statusCode(),
                    "healthy afterwards");
            assertTrue(seconds < 60, "took " + seconds + " s");
        } finally {
            pool.shutdownNow();
            server.stop();
        }
    }

    private static String sortedLines(String csv) {
        List<String> lines = new ArrayList<>(List.of(csv.split("\r?\n")));
        Collections.sort(lines);
        return String.join("\n", lines);
    }

    /** Sends a query and reads the answer a few bytes at a time. */
    private static void slowReader(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET /sedoff/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%202000 HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAccept: text/csv\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[256];
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            for (int n; (n = in.read(buf)) > 0 && got.size() < 64_000; ) {
                got.write(buf, 0, n);
                LockSupport.parkNanos(1_000_000); // a reader on a slow line
            }
        } catch (IOException e) {
            // the server may close a slow reader; that is allowed
        }
    }

    /** Sends half a request and hangs up. */
    private static void abortedRequest(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write("POST /sedoff/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 500\r\n\r\nSELECT * WHERE {"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // nothing to do: the point is to leave
        }
    }
}
