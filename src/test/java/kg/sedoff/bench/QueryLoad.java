package kg.sedoff.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fixed SPARQL mix (src/main/resources/querymix) against a running server: each client sends
 * the five queries in turn, over one shared java.net.http client (kept-alive connections), for a
 * fixed time after a warm-up. Per query: latency percentiles; per run: queries per second.
 */
final class QueryLoad {
    static final List<String> MIX = List.of("entity-by-label", "mentions-in-context", "comention-neighbours",
            "family-relations", "label-prefix");

    record QueryStats(String query, int clients, int count, double p50, double p95, double p99, double max) {
    }

    record Run(int clients, double seconds, long queries, long errors, List<QueryStats> perQuery) {
        double queriesPerSecond() {
            return queries / seconds;
        }
    }

    private final String endpoint;
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    QueryLoad(String endpoint) {
        this.endpoint = endpoint;
        for (String name : MIX) {
            try (InputStream in = QueryLoad.class.getResourceAsStream("/querymix/" + name + ".rq")) {
                queries.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Runs {@code clients} threads for {@code seconds} after {@code warmupSeconds}; bounded in time. */
    Run run(int clients, double warmupSeconds, double seconds) throws InterruptedException {
        loop(clients, warmupSeconds, null, new AtomicLong());
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        MIX.forEach(q -> latencies.put(q, new ArrayList<>()));
        AtomicLong errors = new AtomicLong();
        long t0 = System.nanoTime();
        loop(clients, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<QueryStats> stats = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, List<Long>> e : latencies.entrySet()) {
            long[] ns = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            total += ns.length;
            stats.add(new QueryStats(e.getKey(), clients, ns.length, pct(ns, 50), pct(ns, 95), pct(ns, 99),
                    ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6));
        }
        return new Run(clients, elapsed, total, errors.get(), stats);
    }

    private void loop(int clients, double seconds, Map<String, List<Long>> latencies, AtomicLong errors)
            throws InterruptedException {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                Map<String, List<Long>> mine = new LinkedHashMap<>();
                MIX.forEach(q -> mine.put(q, new ArrayList<>()));
                int i = offset; // clients start at different queries of the mix
                while (System.nanoTime() < until) {
                    String name = MIX.get(i++ % MIX.size());
                    long t0 = System.nanoTime();
                    boolean ok = send(queries.get(name));
                    long ns = System.nanoTime() - t0;
                    if (ok) {
                        mine.get(name).add(ns);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                if (latencies != null) {
                    synchronized (latencies) {
                        mine.forEach((q, l) -> latencies.get(q).addAll(l));
                    }
                }
            }, "client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private boolean send(String query) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 && r.body().length > 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Checks each query of the mix answers with at least one row, so we time real work. */
    Map<String, Integer> rowCounts() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8)))
                    .build();
            try {
                String body = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
                rows.put(q.getKey(), (int) body.lines().count() - 1);
            } catch (IOException | InterruptedException e) {
                rows.put(q.getKey(), -1);
            }
        }
        return rows;
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static String describe(Run r) {
        return r.clients() + " client(s): " + r.queries() + " queries in " + String.format("%.1f", r.seconds())
                + " s, " + String.format("%.1f", r.queriesPerSecond()) + " q/s, " + r.errors() + " errors; "
                + Arrays.toString(r.perQuery().stream().map(q -> q.query() + " p95=" + String.format("%.1f", q.p95())).toArray());
    }
}
