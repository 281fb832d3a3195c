package kg.sedoff.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Every export the project offers, RDF and network files alike, by the name used on the command
 * line ({@code export --format NAME}) and in /dumps/ (sedoff-kg.NAME).
 */
public record Dump(String name, String mediaType, String description, Writer writer) {

    /** Writes the dataset in this dump's format. */
    @FunctionalInterface
    public interface Writer {
        void write(DatasetGraph dsg, OutputStream out);
    }

    public void write(DatasetGraph dsg, OutputStream out) {
        writer.write(dsg, out);
    }

    public String fileName() {
        return "sedoff-kg." + name;
    }

    public static List<Dump> all() {
        List<Dump> all = new ArrayList<>();
        for (ExportFormat f : ExportFormat.values()) {
            all.add(new Dump(f.fileName(), f.mediaType(),
                    f.keepsGraphs() ? "RDF, every named graph" : "RDF, the union of all graphs",
                    (dsg, out) -> RdfExport.write(dsg, f, out)));
        }
        for (NetworkFormat f : NetworkFormat.values()) {
            all.add(new Dump(f.fileName(), f.mediaType(), switch (f) {
                case GEXF -> "network for Gephi (GEXF 1.3)";
                case GRAPHML -> "network for networkx, Cytoscape, yEd (GraphML)";
                case CYJS -> "network for Cytoscape.js (JSON)";
            }, (dsg, out) -> NetworkExport.write(dsg, f, out)));
        }
        return all;
    }

    public static Optional<Dump> byName(String name) {
        return all().stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", all().stream().map(Dump::name).toList());
    }
}
