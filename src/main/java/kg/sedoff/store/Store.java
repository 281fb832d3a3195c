package kg.sedoff.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.TDB2;

/**
 * Opens the live generation of a store. Its default graph is the union of all named graphs, and
 * SPARQL's {@code text:query} searches the generation's full-text index ({@link SearchIndex}).
 */
public final class Store {
    private static final Map<Path, DatasetGraph> OPEN = new ConcurrentHashMap<>();

    private Store() {
    }

    public static Optional<DatasetGraph> open(Path storeDir) {
        return new StoreLayout(storeDir).current().map(Store::openGeneration);
    }

    static DatasetGraph openGeneration(Path generation) {
        // Lucene allows one writer (jena-text keeps one open) per index directory, and TDB2 hands
        // out one database per location: opening a store twice in one process shares both.
        return OPEN.computeIfAbsent(generation.toAbsolutePath().normalize(), Store::connect);
    }

    private static DatasetGraph connect(Path generation) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(generation));
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            // TDB2 lets one process at a time open a database
            throw new StoreInUseException(generation, e);
        }
        // Plain SPARQL sees every graph; GRAPH ?g still tells them apart.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (!Files.isDirectory(generation.resolve(SearchIndex.DIRECTORY))) {
            return dsg; // a store built before full-text search: everything but text:query works
        }
        DatasetGraph text = SearchIndex.wrap(dsg, SearchIndex.open(generation));
        text.getContext().set(TDB2.symUnionDefaultGraph, true);
        return text;
    }

    /** The store is open in another process, typically a running {@code serve}. */
    public static final class StoreInUseException extends RuntimeException {
        StoreInUseException(Path generation, Exception cause) {
            super("the store " + generation.getParent() + " is in use by another process (" + cause.getMessage()
                    .replaceFirst("^.*held by ", "held by ") + "), probably a running 'serve'. Query that server over HTTP "
                    + "(/sedoff/sparql), or stop it first. A 'build' can run meanwhile: it writes a new generation.", cause);
        }
    }

    /** The base IRI the live store was built with, if there is a live store. */
    public static Optional<String> base(Path storeDir) {
        return new StoreLayout(storeDir).current().flatMap(gen -> {
            try {
                java.util.Properties p = new java.util.Properties();
                try (var in = java.nio.file.Files.newBufferedReader(gen.resolve(StoreLayout.COMPLETE_MARKER))) {
                    p.load(in);
                }
                return Optional.ofNullable(p.getProperty("base"));
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        });
    }

    /** Releases a database and its text index so the directory can be deleted or reopened elsewhere. */
    public static void close(DatasetGraph dsg) {
        OPEN.values().remove(dsg);
        if (dsg instanceof DatasetGraphText text) {
            text.getTextIndex().close();
            TDBInternal.expel(text.getBase());
        } else {
            TDBInternal.expel(dsg);
        }
    }
}
