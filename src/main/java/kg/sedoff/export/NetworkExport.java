package kg.sedoff.export;

import java.io.OutputStream;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes the store as a network file: entities as nodes, facts between entities and co-mentions
 * as edges. The network is read in one read transaction and written after it ends, so a slow
 * output stream never holds the store open.
 */
public final class NetworkExport {
    private NetworkExport() {
    }

    public static void write(DatasetGraph dsg, NetworkFormat format, OutputStream out) {
        write(NetworkReader.read(dsg), format, out);
    }

    public static void write(NetworkGraph graph, NetworkFormat format, OutputStream out) {
        switch (format) {
            case GEXF -> GexfWriter.write(graph, out);
            case GRAPHML -> GraphmlWriter.write(graph, out);
            case CYJS -> CytoscapeJsonWriter.write(graph, out);
        }
    }
}
