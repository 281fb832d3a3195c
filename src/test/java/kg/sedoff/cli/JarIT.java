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

    @Test
    void theJarBuildsQueriesAndExportsEveryFormat() throws Exception {
        Path data = Path.of(System.getProperty("sedoff.data", "data")).toAbsolutePath();
        Path store = tmp.resolve("store");
        Result build = java(tmp, "build", "--data", data.toString(), "--store", store.toString());
        assertEquals(0, build.exit(), build.out());
        assertTrue(build.out().contains("1 documents"), build.out());

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
