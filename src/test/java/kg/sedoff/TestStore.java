package kg.sedoff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import kg.sedoff.graph.BuildStats;
import kg.sedoff.graph.Inputs;
import kg.sedoff.graph.Iris;
import kg.sedoff.graph.Progress;
import kg.sedoff.store.Store;
import kg.sedoff.store.StoreBuilder;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The pamphlet built once per test run from the project's own data/ into a temporary store,
 * shared by the tests that only read it.
 */
public final class TestStore {
    private static Path dir;
    private static BuildStats stats;
    private static DatasetGraph dataset;

    private TestStore() {
    }

    public static Path dataDir() {
        return Path.of(System.getProperty("sedoff.data", "data"));
    }

    public static Path ontologyDir() {
        return dataDir().toAbsolutePath().resolveSibling("ontology");
    }

    public static synchronized Path storeDir() {
        ensureBuilt();
        return dir;
    }

    public static synchronized BuildStats stats() {
        ensureBuilt();
        return stats;
    }

    public static synchronized DatasetGraph dataset() {
        ensureBuilt();
        if (dataset == null) {
            dataset = Store.open(dir).orElseThrow();
        }
        return dataset;
    }

    private static void ensureBuilt() {
        if (dir != null) {
            return;
        }
        try {
            dir = Files.createTempDirectory("sedoff-test-store");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            stats = new StoreBuilder(dir, new Iris(Iris.DEFAULT_BASE))
                    .build(Inputs.read(dataDir(), ontologyDir()), Progress.NONE);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** Copies data/ (and ontology/) into a fresh directory tests may change. */
    public static Path copyOfData(Path target) throws IOException {
        Path data = target.resolve("data");
        copyTree(dataDir(), data);
        copyTree(ontologyDir(), target.resolve("ontology"));
        return data;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    public static void deleteQuietly(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files only
        }
    }
}
