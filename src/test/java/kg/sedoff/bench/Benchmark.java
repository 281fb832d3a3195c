package kg.sedoff.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.sedoff.TestStore;
import kg.sedoff.export.ExportFormat;
import kg.sedoff.export.RdfExport;
import kg.sedoff.graph.Inputs;
import kg.sedoff.server.SedoffServer;
import kg.sedoff.store.Store;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The performance benchmark (not a test: {@code mvn -B -q -Pbench test-compile exec:exec}).
 * For each corpus size N it generates a corpus from the pamphlet, builds it in a child JVM
 * (-Xmx2g) with timing, sampling and peak memory, exports the store as N-Quads and loads that
 * file with each of Jena's TDB2 bulk loaders in child JVMs. At the largest N it also compares our
 * linker with OpenNLP's DictionaryNameFinder and measures the SPARQL query mix against a running
 * server with 1 and 8 clients. Prints one markdown report and writes it to target/bench/results.md.
 *
 * <p>Options: --sizes 1,100,1000 --loaders phased,parallel,sequential --query-seconds 20
 * --warmup-seconds 5 --linker-docs 100 --work DIR --keep
 */
public final class Benchmark {
    private static final String CHILD_HEAP = "-Xmx2g";

    private final Map<String, String> options;
    private final Path work;
    private final Path out = Path.of("target", "bench");

    private Benchmark(Map<String, String> options) throws IOException {
        this.options = options;
        this.work = options.containsKey("work") ? Files.createDirectories(Path.of(options.get("work")))
                : Files.createTempDirectory("sedoff-bench");
    }

    record BuildRow(int n, long textBytes, Map<String, String> build, Map<String, Double> loaders, double exportSeconds,
                    long nqBytes) {
        double d(String key) {
            return Double.parseDouble(build.get(key));
        }

        String fastestLoader() {
            return loaders.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("-");
        }

        double fastestLoaderSeconds() {
            return loaders.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(key, flag ? "true" : args[++i]);
        }
        new Benchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        int[] sizes = Arrays.stream(options.getOrDefault("sizes", "1,100,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        List<String> loaders = List.of(options.getOrDefault("loaders", "phased,parallel,sequential").split(","));
        double querySeconds = Double.parseDouble(options.getOrDefault("query-seconds", "20"));
        double warmup = Double.parseDouble(options.getOrDefault("warmup-seconds", "5"));
        int linkerDocs = Integer.parseInt(options.getOrDefault("linker-docs", "100"));
        Files.createDirectories(out);
        Path data = TestStore.dataDir();
        Path ontology = TestStore.ontologyDir();
        CorpusGenerator generator = new CorpusGenerator(data);
        log("work directory " + work + "; evidence marks per replica: " + generator.marks());

        List<BuildRow> rows = new ArrayList<>();
        int largest = Arrays.stream(sizes).max().orElseThrow();
        Path largestStore = null;
        Path largestData = null;
        for (int n : sizes) {
            Path dir = Files.createDirectories(work.resolve("n" + n));
            Path corpus = generator.write(dir, n);
            log("N=" + n + ": building (" + String.format("%.1f", generator.textBytes(n) / 1e6) + " MB of text)");
            Path store = dir.resolve("store");
            Map<String, String> build = child(BuildRun.class, corpus.toString(), ontology.toString(), store.toString(),
                    out.resolve("profile-n" + n + ".txt").toString());
            log("  build " + build.get("seconds") + " s, " + build.get("quads") + " quads, " + build.get("mentions") + " mentions");

            Path nq = dir.resolve("dataset.nq");
            long e0 = System.nanoTime();
            DatasetGraph dsg = Store.open(store).orElseThrow();
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
                RdfExport.write(dsg, ExportFormat.NQ, os);
            }
            double exportSeconds = (System.nanoTime() - e0) / 1e9;
            if (n != largest) {
                Store.close(dsg);
            }
            Map<String, Double> loaderSeconds = new LinkedHashMap<>();
            for (String loader : loaders) {
                Path location = dir.resolve("loader-" + loader);
                Map<String, String> r = child(LoaderRun.class, loader, nq.toString(), location.toString());
                loaderSeconds.put(loader, Double.parseDouble(r.get("seconds")));
                log("  tdb2 " + loader + " loader " + r.get("seconds") + " s, " + r.get("quads") + " quads");
                TestStore.deleteQuietly(location);
            }
            rows.add(new BuildRow(n, generator.textBytes(n), build, loaderSeconds, exportSeconds, Files.size(nq)));
            Files.deleteIfExists(nq);
            if (n == largest) {
                largestStore = store;
                largestData = corpus;
            } else if (!options.containsKey("keep")) {
                TestStore.deleteQuietly(dir);
            }
        }

        log("N=" + largest + ": linker vs OpenNLP DictionaryNameFinder on the first " + linkerDocs + " documents");
        Inputs inputs = Inputs.read(largestData, ontology);
        LinkerVsOpenNlp.Result linking = LinkerVsOpenNlp.run(inputs, linkerDocs, 5, 5);
        inputs = null;
        log("  linker " + fmt(linking.linkerMbPerSec()) + " MB/s, OpenNLP " + fmt(linking.openNlpMbPerSec()) + " MB/s");

        log("N=" + largest + ": SPARQL query mix against the server");
        DatasetGraph dsg = Store.open(largestStore).orElseThrow();
        SedoffServer server = SedoffServer.create().port(0).dataset(dsg).build().start();
        List<QueryLoad.Run> queryRuns = new ArrayList<>();
        Map<String, Integer> rowCounts;
        try {
            QueryLoad load = new QueryLoad("http://127.0.0.1:" + server.port() + SedoffServer.DATASET + "/sparql");
            rowCounts = load.rowCounts();
            log("  rows per query: " + rowCounts);
            for (int clients : new int[] {1, 8}) {
                QueryLoad.Run r = load.run(clients, warmup, querySeconds);
                log("  " + QueryLoad.describe(r));
                queryRuns.add(r);
            }
        } finally {
            server.stop();
        }

        String report = report(rows, linking, linkerDocs, largest, queryRuns, rowCounts, largestProfile(largest));
        Files.writeString(out.resolve("results.md"), report);
        System.out.println(report);
        log("wrote " + out.resolve("results.md"));
        if (!options.containsKey("keep")) {
            Store.close(dsg);
            TestStore.deleteQuietly(work);
        }
    }

    private String largestProfile(int n) throws IOException {
        Path p = out.resolve("profile-n" + n + ".txt");
        return Files.exists(p) ? Files.readString(p) : "";
    }

    /** Runs a main class in a fresh JVM with the benchmark's classpath; returns its RESULT lines. */
    private static Map<String, String> child(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                CHILD_HEAP, "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> results = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    String kv = line.substring(7);
                    int eq = kv.indexOf('=');
                    results.put(kv.substring(0, eq), kv.substring(eq + 1));
                } else {
                    System.err.println("    " + line);
                }
            }
        }
        int exit = p.waitFor();
        if (exit != 0 || results.isEmpty()) {
            throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args) + " failed with exit code " + exit);
        }
        return results;
    }

    private static String report(List<BuildRow> rows, LinkerVsOpenNlp.Result linking, int linkerDocs, int largest,
                                 List<QueryLoad.Run> queryRuns, Map<String, Integer> rowCounts, String profile) {
        StringBuilder sb = new StringBuilder();
        sb.append("# sedoff-kg benchmark\n\n");
        sb.append("Machine: ").append(machine()).append("\n\n");
        sb.append("Load average (1, 5, 15 min) at the end: ").append(loadAverage())
                .append(" (other work on the machine slows every figure; run it on a quiet machine)\n\n");
        sb.append("## Build (child JVM, ").append(CHILD_HEAP).append(")\n\n");
        sb.append("| N docs | text MB | quads | mentions | build s | docs/s | text MB/s | mentions/s | quads/s "
                + "| peak heap used / live after GC MB | peak RSS MB | fastest TDB2 bulk loader, same quads from N-Quads | build / loader |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (BuildRow r : rows) {
            double s = r.d("seconds");
            sb.append(String.format("| %d | %.1f | %,d | %,d | %.1f | %.1f | %.2f | %,.0f | %,.0f | %.0f / %.0f | %.0f | %s %.1f s (%s) | %.2f |%n",
                    r.n(), r.textBytes() / 1e6, (long) r.d("quads"), (long) r.d("mentions"), s, r.n() / s,
                    r.textBytes() / 1e6 / s, r.d("mentions") / s, r.d("quads") / s,
                    r.d("peakHeapBytes") / 1e6, r.d("peakLiveHeapBytes") / 1e6, r.d("peakRssBytes") / 1e6, r.fastestLoader(), r.fastestLoaderSeconds(),
                    loaderList(r.loaders()), s / r.fastestLoaderSeconds()));
        }
        sb.append("\nBuild time is from reading the inputs to the published store (everything `build` does: inputs "
                + "check, SHACL, normalise, segment, link, quads, TDB2 load, stored-quad count, and whatever else the "
                + "build adds after the load). Loader time is from opening the empty database to the end of the load; "
                + "the N-Quads file was written by `export --format nq`. Peak RSS includes the pages of the "
                + "memory-mapped store files.\n\n");

        sb.append("### Where the build's time goes (N=").append(largest).append(")\n\n");
        BuildRow big = rows.stream().filter(r -> r.n() == largest).findFirst().orElseThrow();
        sb.append(String.format("| stage (re-run alone, warm JIT) | s |%n|---|---:|%n"
                        + "| read inputs, locate evidence quotes | %.1f |%n| normalise OCR text | %.1f |%n"
                        + "| link mentions (Linker) | %.1f |%n| annotate (normalise + segment + link) | %.1f |%n"
                        + "| annotate + make all quads (no store) | %.1f |%n| whole build | %.1f |%n%n",
                big.d("inputsSeconds"), big.d("stageNormaliseSeconds"), big.d("stageLinkSeconds"),
                big.d("stageAnnotateSeconds"), big.d("stageQuadsSeconds"), big.d("seconds")));
        sb.append("Sampled profile of the build (all running Java threads, every 20 ms):\n\n```\n").append(profile).append("```\n\n");

        sb.append("## Mention finding (N=").append(largest).append(", first ").append(linkerDocs).append(" documents, ")
                .append(String.format("%.1f MB normalised text", linking.textMb())).append(")\n\n");
        sb.append("| finder | MB/s | mentions |\n|---|---:|---:|\n");
        sb.append(String.format("| sedoff Linker (tokenise + longest match, on normalised text) | %.1f | %,d |%n",
                linking.linkerMbPerSec(), linking.linkerMentions()));
        sb.append(String.format("| OpenNLP DictionaryNameFinder + SimpleTokenizer (%d names) | %.2f | %,d |%n",
                linking.dictionaryEntries(), linking.openNlpMbPerSec(), linking.openNlpMentions()));
        sb.append(String.format("| sedoff Annotator (normalise + segment + link, on raw text) | %.1f | |%n",
                linking.annotatorMbPerSec()));
        sb.append(String.format("%nLinker / OpenNLP: **%.1fx** (median of 5 one-second samples each, after 5 s of interleaved warm-up).%n%n",
                linking.linkerMbPerSec() / linking.openNlpMbPerSec()));

        sb.append("## SPARQL query mix (N=").append(largest).append(", server and clients in one JVM)\n\n");
        sb.append("Rows answered: ").append(rowCounts).append("\n\n");
        sb.append("| query | clients | queries | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (QueryLoad.Run r : queryRuns) {
            for (QueryLoad.QueryStats q : r.perQuery()) {
                sb.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                        q.query(), q.clients(), q.count(), q.p50(), q.p95(), q.p99(), q.max()));
            }
        }
        sb.append("\n| clients | queries/s (whole mix) | errors |\n|---:|---:|---:|\n");
        for (QueryLoad.Run r : queryRuns) {
            sb.append(String.format("| %d | %.1f | %d |%n", r.clients(), r.queriesPerSecond(), r.errors()));
        }
        return sb.toString();
    }

    private static String loaderList(Map<String, Double> loaders) {
        List<String> parts = new ArrayList<>();
        loaders.forEach((k, v) -> parts.add(k + " " + String.format("%.1f", v)));
        return String.join(", ", parts);
    }

    private static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException ignored) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + String.format("%.0f GiB", Sampler.procMemTotal() / (1024.0 * 1024 * 1024))
                + ", Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name");
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String fmt(double d) {
        return String.format("%.2f", d);
    }

    private static void log(String s) {
        System.err.println("[bench] " + s);
    }
}
