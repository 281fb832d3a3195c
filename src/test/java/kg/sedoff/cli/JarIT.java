package kg.sedoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar itself, as a user does. The jar must keep Jena's META-INF/services
 * registrations merged, or it silently loses parsers and writers (JSON-LD, TriG...).
 */
class JarIT {
    @TempDir
    Path tmp;

    record Result(int exit, String out) {
    }

    static Result java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", System.getProperty("sedoff.jar", "target/sedoff-kg.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }

    /**
     * Kills a build (SIGKILL) while it is loading a large corpus, and checks that the store a
     * server would open is still the previous, complete one.
     */
    @Test
    void killingABuildLeavesThePreviousStoreWorking() throws Exception {
        Path data = Path.of(System.getProperty("sedoff.data", "data")).toAbsolutePath();
        Path store = tmp.resolve("store");
        assertEquals(0, java(tmp, "build", "--data", data.toString(), "--store", store.toString()).exit());
        Path live = Files.readSymbolicLink(store.resolve("current"));
        String before = java(tmp, "query", "--store", store.toString(), "--format", "csv", "--query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").out();

        Path big = tmp.resolve("big");
        kg.sedoff.TestStore.copyTree(data, big);
        StringBuilder rows = new StringBuilder("id,title,author,date,file,language\n"
                + "leon-sedoff-son-friend-fighter,Leon Sedoff,,1938,corpus/leon-sedoff-son-friend-fighter.txt,en\n");
        for (int i = 0; i < 400; i++) {
            rows.append("copy-").append(i).append(",Copy ").append(i).append(",,1938,corpus/leon-sedoff-son-friend-fighter.txt,en\n");
        }
        Files.writeString(big.resolve("documents.csv"), rows);
        List<String> cmd = List.of("java", "-Xmx1g", "-jar", System.getProperty("sedoff.jar", "target/sedoff-kg.jar"),
                "build", "--data", big.toString(), "--ontology", data.resolveSibling("ontology").toString(), "--store", store.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        String line;
        boolean loading = false;
        while ((line = out.readLine()) != null) {
            if (line.contains("documents ") && line.contains("/401")) {
                loading = true;
                break;
            }
        }
        assertTrue(loading, "the build never reported progress");
        p.destroyForcibly().waitFor();

        assertEquals(live, Files.readSymbolicLink(store.resolve("current")), "the live link is unchanged");
        Result after = java(tmp, "query", "--store", store.toString(), "--format", "csv", "--query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertEquals(0, after.exit(), after.out());
        assertEquals(before, after.out());
        // and the next build succeeds and cleans up the half-written generation
        assertEquals(0, java(tmp, "build", "--data", data.toString(), "--store", store.toString()).exit());
        try (var gens = Files.list(store)) {
            assertEquals(2, gens.filter(g -> g.getFileName().toString().startsWith("gen-")).count());
        }
    }

    /** A running server holds the store; a second process is told so plainly, and can still build. */
    @Test
    void aStoreInUseByAServerIsReportedPlainly() throws Exception {
        Path data = Path.of(System.getProperty("sedoff.data", "data")).toAbsolutePath();
        Path store = tmp.resolve("store");
        assertEquals(0, java(tmp, "build", "--data", data.toString(), "--store", store.toString()).exit());
        Process serve = new ProcessBuilder("java", "-Xmx512m", "-jar", System.getProperty("sedoff.jar", "target/sedoff-kg.jar"),
                "serve", "--port", "0", "--store", store.toString()).redirectErrorStream(true).start();
        try {
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream()));
            String line;
            boolean up = false;
            while ((line = out.readLine()) != null) {
                if (line.contains("Press Ctrl-C")) {
                    up = true;
                    break;
                }
            }
            assertTrue(up, "the server did not start");
            Result q = java(tmp, "query", "--store", store.toString(), "--query", "ASK { ?s ?p ?o }");
            assertEquals(3, q.exit(), q.out());
            assertTrue(q.out().contains("is in use by another process") && q.out().contains("serve"), q.out());
            assertTrue(!q.out().contains("\tat "), "no stack trace:\n" + q.out());
            assertEquals(0, java(tmp, "build", "--data", data.toString(), "--store", store.toString()).exit(),
                    "a rebuild beside a running server works");
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    @Test
    void theJarBuildsQueriesAndExportsEveryFormat() throws Exception {
        Path data = Path.of(System.getProperty("sedoff.data", "data")).toAbsolutePath();
        Path store = tmp.resolve("store");
        Result build = java(tmp, "build", "--data", data.toString(), "--store", store.toString());
        assertEquals(0, build.exit(), build.out());
        assertTrue(build.out().contains("1 document,"), build.out());

        Result q = java(tmp, "query", "--store", store.toString(), "--format", "csv", "--query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e }");
        assertEquals(0, q.exit(), q.out());
        int mentions = Integer.parseInt(q.out().strip().split("\\R")[1].strip());
        assertTrue(mentions > 150, q.out());

        long quads = -1;
        for (String format : new String[] {"nq", "trig", "jsonld"}) {
            Path file = tmp.resolve("dump." + format);
            Result ex = java(tmp, "export", "--store", store.toString(), "--format", format, "--out", file.toString());
            assertEquals(0, ex.exit(), ex.out());
            DatasetGraph back = DatasetGraphFactory.create();
            Lang lang = switch (format) {
                case "nq" -> Lang.NQUADS;
                case "trig" -> Lang.TRIG;
                default -> Lang.JSONLD;
            };
            RDFParser.source(file).lang(lang).parse(back);
            long n = 0;
            for (var it = back.find(); it.hasNext(); it.next()) {
                n++;
            }
            if (quads < 0) {
                quads = n;
            }
            assertEquals(quads, n, format + " keeps every quad");
        }
        assertTrue(Files.size(tmp.resolve("dump.jsonld")) > 0);
    }
}
