package kg.sedoff.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kg.sedoff.graph.BuildStats;
import kg.sedoff.graph.GraphBuild;
import kg.sedoff.graph.GraphWriter;
import kg.sedoff.graph.Inputs;
import kg.sedoff.graph.Iris;
import kg.sedoff.graph.Progress;
import kg.sedoff.input.InputError;
import kg.sedoff.input.InputException;
import kg.sedoff.input.Problems;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.dboe.base.file.Location;

/**
 * Builds a TDB2 store from inputs, atomically: inputs are checked first (nothing is written if
 * they are wrong), the graph is loaded into a new generation beside the live one, and the live
 * link is switched only when the load completed and the store reopens with the expected content.
 */
public final class StoreBuilder {
    private final Path storeDir;
    private final Iris iris;

    public StoreBuilder(Path storeDir, Iris iris) {
        this.storeDir = storeDir;
        this.iris = iris;
    }

    /** @throws InputException when the inputs are wrong; the live store is then untouched */
    public BuildStats build(Inputs inputs, Progress progress) {
        checkShapes(inputs);
        List<Places.Place> places = readPlaces(inputs);
        StoreLayout layout = new StoreLayout(storeDir);
        Optional<Path> previous = layout.current();
        Path gen;
        try {
            gen = layout.newGeneration();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a new store generation in " + storeDir, e);
        }
        try {
            BuildStats stats = load(inputs, places, gen, progress);
            Files.writeString(gen.resolve(StoreLayout.COMPLETE_MARKER),
                    "base=" + iris.base() + "\ndocuments=" + stats.documents() + "\nquads=" + stats.quads() + "\n");
            layout.publish(gen);
            layout.prune(gen, previous.orElse(null));
            return stats;
        } catch (IOException e) {
            discard(gen);
            throw new UncheckedIOException("build failed; the previous store is unchanged", e);
        } catch (RuntimeException e) {
            discard(gen);
            throw e;
        }
    }

    /**
     * Bulk load, then what the bulk loader cannot do: the coordinates from places.csv, then the
     * full-text index over everything loaded. The generation is published only after all three.
     */
    private BuildStats load(Inputs inputs, List<Places.Place> places, Path gen, Progress progress) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(gen));
        try {
            // The parallel loader takes the node table and every index off the thread that makes the
            // quads, so normalising and linking overlap with storing. Measured at N=1000 (README,
            // Performance): 72 s against 81 s with the phased loader, same quads.
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            BuildStats stats;
            try {
                stats = new GraphBuild(inputs, iris).writeTo(loader.stream(), progress);
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loader.finishBulk();
            long stored = Txn.calculateRead(dsg, () -> countQuads(dsg));
            if (stored == 0 || stored > stats.quads()) {
                throw new IllegalStateException("the new store holds " + stored + " quads, expected up to "
                        + stats.quads() + "; not published");
            }
            long placeQuads = Places.write(dsg, iris, places);
            SearchIndex.build(dsg, gen);
            return new BuildStats(stats.documents(), stats.entities(), stats.relations(), stats.mentions(),
                    stats.sentences(), stored + placeQuads, stats.textChars());
        } finally {
            Store.close(dsg);
        }
    }

    /** data/places.csv, beside entities.csv, checked before anything is written. */
    private static List<Places.Place> readPlaces(Inputs inputs) {
        Optional<Path> dataDir = inputs.catalog().entities().stream().findFirst()
                .map(e -> e.source().file().toAbsolutePath().getParent());
        if (dataDir.isEmpty()) {
            return List.of();
        }
        Problems problems = new Problems();
        List<Places.Place> places = Places.read(dataDir.get(), inputs.catalog().entities(), problems);
        problems.throwIfAny();
        return places;
    }

    /**
     * The quads stored, default graph included, as dsg.find() would count them; counted on the
     * primary indexes, without turning every node id back into a node (a second pass over the
     * whole node table otherwise).
     */
    private static long countQuads(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return tdb.getQuadTable().getNodeTupleTable().size() + tdb.getTripleTable().getNodeTupleTable().size();
    }

    /** SHACL over the catalog (with the ontology, for class hierarchy) before touching the disk. */
    private void checkShapes(Inputs inputs) {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        GraphWriter writer = new GraphWriter(iris, StreamRDFLib.dataset(mem));
        new GraphBuild(inputs, iris).writeCatalog(writer);
        Graph data = GraphFactory.createDefaultGraph();
        mem.getGraph(iris.catalogGraph()).find().forEach(data::add);
        inputs.ontology().find().forEach(data::add);
        List<String> violations = ShapesCheck.violations(inputs.shapes(), data, iris.base());
        if (!violations.isEmpty()) {
            throw new InputException(violations.stream()
                    .map(v -> InputError.ofFile(Path.of("ontology", Inputs.SHAPES_FILE), "SHACL violation: " + v))
                    .toList());
        }
    }

    private static void discard(Path gen) {
        try {
            StoreLayout.deleteTree(gen);
        } catch (IOException ignored) {
            // a leftover unfinished generation is never published and is pruned by the next build
        }
    }
}
