package kg.sedoff.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import kg.sedoff.graph.BuildStats;
import kg.sedoff.graph.Inputs;
import kg.sedoff.graph.Iris;
import kg.sedoff.graph.Progress;
import kg.sedoff.store.StoreBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** build: corpus + catalog + ontology into a TDB2 store, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads the corpus, catalog and ontology, finds mentions, and writes a TDB2 store.",
                "Input problems are all listed with file:line and nothing is written (exit code 2).",
                "The new store is built beside the live one and switched in only when complete."})
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    BuildOptions build;
    @Mixin
    StoreOptions store;
    @picocli.CommandLine.Option(names = "--gold", paramLabel = "FILE",
            description = "A hand-checked gold annotation (TSV); prints the linker's precision and recall against it.")
    java.nio.file.Path gold;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        run(build, store, err);
        if (gold != null) {
            printScore(err);
        }
        return 0;
    }

    private void printScore(PrintWriter err) throws java.io.IOException {
        if (!java.nio.file.Files.isRegularFile(gold)) {
            throw new CliException("no gold file at " + gold, 2);
        }
        kg.sedoff.link.GoldStandard g = kg.sedoff.link.GoldStandard.read(gold);
        Inputs inputs = Inputs.read(build.data, build.ontology != null ? build.ontology : Inputs.defaultOntologyDir(build.data));
        var doc = inputs.documents().stream()
                .filter(d -> g.documentId() == null || d.id().equals(g.documentId())).findFirst()
                .orElseThrow(() -> new CliException("the gold names document '" + g.documentId() + "', which documents.csv lacks", 2));
        var annotator = kg.sedoff.link.Annotator.forCatalog(inputs.catalog());
        kg.sedoff.link.GoldStandard.Score s = g.score(annotator.annotate(doc).mentions());
        err.println("linking against " + gold + ": " + s);
        err.flush();
    }

    private static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Builds and prints the summary; shared with serve, which builds when there is no store. */
    static BuildStats run(BuildOptions build, StoreOptions store, PrintWriter err) {
        checkBase(build.base);
        long t0 = System.nanoTime();
        Inputs inputs = Inputs.read(build.data, build.ontology != null ? build.ontology : Inputs.defaultOntologyDir(build.data));
        Progress progress = new ConsoleProgress(err);
        BuildStats s = new StoreBuilder(store.store, new Iris(build.base)).build(inputs, progress);
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf("built %s: %s, %s, %s, %s, %s, %s in %.1f s%n", store.store,
                count(s.documents(), "document"), count(s.entities(), "entity", "entities"),
                count(s.relations(), "relation"), count(s.mentions(), "mention"),
                count(s.sentences(), "sentence"), count(s.quads(), "quad"), seconds);
        err.flush();
        return s;
    }

    private static void checkBase(String base) {
        try {
            URI u = new URI(base);
            if (!u.isAbsolute() || u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                throw new CliException("--base must be an absolute http(s) IRI, e.g. " + Iris.DEFAULT_BASE, 2);
            }
            if (u.getQuery() != null || u.getFragment() != null) {
                throw new CliException("--base must not have a query or fragment: " + base, 2);
            }
        } catch (java.net.URISyntaxException e) {
            throw new CliException("--base is not a valid IRI: " + e.getMessage(), 2);
        }
    }

    /** Progress on stderr, at most once a second, and a last line when done. */
    static final class ConsoleProgress implements Progress {
        private final PrintWriter err;
        private long last = System.nanoTime();

        ConsoleProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void documents(int done, int total, long mentions) {
            long now = System.nanoTime();
            if (done == total && total > 1 || now - last > 1_000_000_000L) {
                err.printf("  documents %d/%d, %d mentions%n", done, total, mentions);
                err.flush();
                last = now;
            }
        }
    }
}
