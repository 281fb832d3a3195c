package kg.sedoff.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Checks the catalog graph against ontology/shapes.ttl before anything is written to disk. */
public final class ShapesCheck {
    private ShapesCheck() {
    }

    /** One line per violation: focus node, property path and message. */
    public static List<String> violations(Graph shapesGraph, Graph data, String base) {
        Shapes shapes = Shapes.parse(shapesGraph);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            lines.add(shorten(e.focusNode(), base) + " " + (e.resultPath() == null ? "" : e.resultPath().toString())
                    + ": " + e.message());
        }
        return lines;
    }

    private static String shorten(Node n, String base) {
        String s = n.isURI() ? n.getURI() : n.toString();
        return s.startsWith(base + "id/") ? s.substring(base.length() + 3) : s;
    }
}
