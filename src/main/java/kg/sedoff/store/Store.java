package kg.sedoff.store;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.TDB2;

/** Opens the live generation of a store. Its default graph is the union of all named graphs. */
public final class Store {
    private Store() {
    }

    public static Optional<DatasetGraph> open(Path storeDir) {
        return new StoreLayout(storeDir).current().map(Store::openGeneration);
    }

    static DatasetGraph openGeneration(Path generation) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(generation));
        // Plain SPARQL sees every graph; GRAPH ?g still tells them apart.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
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

    /** Releases a database so its directory can be deleted or reopened elsewhere. */
    public static void close(DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }
}
