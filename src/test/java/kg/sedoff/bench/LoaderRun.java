package kg.sedoff.bench;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Child JVM: one of Jena's TDB2 bulk loaders (what tdb2.tdbloader --loader=NAME runs) loading an
 * N-Quads file into a fresh database, timed from opening the database to the end of the load.
 */
public final class LoaderRun {
    private LoaderRun() {
    }

    public static void main(String[] args) {
        String name = args[0];
        Path nq = Path.of(args[1]);
        Path location = Path.of(args[2]);
        MonitorOutput quiet = (fmt, a) -> { };
        Sampler sampler = new Sampler(20);
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(location));
        DataLoader loader = switch (name) {
            case "parallel" -> LoaderFactory.parallelLoader(dsg, quiet);
            case "phased" -> LoaderFactory.phasedLoader(dsg, quiet);
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, quiet);
            case "basic" -> LoaderFactory.basicLoader(dsg, quiet);
            default -> throw new IllegalArgumentException("unknown loader " + name);
        };
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        long t1 = System.nanoTime();
        sampler.close();
        BuildRun.result("seconds", (t1 - t0) / 1e9);
        BuildRun.result("quads", loader.countQuads() + loader.countTriples());
        BuildRun.result("peakHeapBytes", sampler.peakHeapBytes());
        BuildRun.result("peakLiveHeapBytes", sampler.peakLiveHeapBytes());
        BuildRun.result("peakRssBytes", Sampler.peakRssBytes());
        System.out.flush();
        System.exit(0);
    }
}
