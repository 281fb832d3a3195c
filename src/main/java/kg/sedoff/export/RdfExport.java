package kg.sedoff.export;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Writes the whole dataset in one RDF format. Quad formats keep every named graph; triple formats
 * (Turtle, N-Triples, RDF/XML) get the union of all graphs, which is what the SPARQL endpoint's
 * default graph shows.
 */
public final class RdfExport {
    private RdfExport() {
    }

    public static void write(DatasetGraph dsg, ExportFormat format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            if (format.keepsGraphs()) {
                RDFWriter.source(dsg).format(format.rdfFormat()).output(out);
            } else if (format == ExportFormat.NT) {
                // streaming: no need to hold the union in memory
                RDFDataMgr.writeTriples(out, dsg.getUnionGraph().find());
            } else {
                Graph union = GraphFactory.createDefaultGraph();
                dsg.getUnionGraph().find().forEach(union::add);
                union.getPrefixMapping().setNsPrefixes(dsg.prefixes().getMapping());
                RDFWriter.source(union).format(format.rdfFormat()).output(out);
            }
        });
    }
}
