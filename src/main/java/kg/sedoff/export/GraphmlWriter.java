package kg.sedoff.export;

import java.io.OutputStream;
import kg.sedoff.export.NetworkGraph.Edge;
import kg.sedoff.export.NetworkGraph.Node;

/**
 * GraphML, for networkx, Cytoscape and yEd. Node ids are the entity slugs. Every data field has a
 * typed {@code <key>}, so networkx reads mentionCount as an int and weight as a float. The graph is
 * directed and holds parallel edges (networkx reads it as a MultiDiGraph); co-mentions are written
 * in one direction and told apart by {@code kind}, because networkx refuses an undirected edge in a
 * directed GraphML graph.
 */
public final class GraphmlWriter {
    public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private GraphmlWriter() {
    }

    public static void write(NetworkGraph graph, OutputStream out) {
        XmlOut xml = new XmlOut(out);
        xml.root("graphml", NAMESPACE, NAMESPACE + "/1.0/graphml.xsd");
        // key ids carry the element they describe, since nodes and edges both have a "label"
        key(xml, "n_label", "node", "label", "string");
        key(xml, "n_type", "node", "type", "string");
        key(xml, "n_mentionCount", "node", "mentionCount", "int");
        key(xml, "n_wikidata", "node", "wikidata", "string");
        key(xml, "n_iri", "node", "iri", "string");
        key(xml, "e_label", "edge", "label", "string");
        key(xml, "e_kind", "edge", "kind", "string");
        key(xml, "e_predicate", "edge", "predicate", "string");
        key(xml, "e_weight", "edge", "weight", "double");
        key(xml, "e_start", "edge", "start", "string");
        key(xml, "e_end", "edge", "end", "string");
        key(xml, "e_evidence", "edge", "evidence", "string");

        xml.start("graph").attribute("id", "sedoff-kg").attribute("edgedefault", "directed");
        for (Node n : graph.nodes()) {
            xml.start("node").attribute("id", n.id());
            data(xml, "n_label", n.label());
            data(xml, "n_type", n.type());
            data(xml, "n_mentionCount", Integer.toString(n.mentionCount()));
            data(xml, "n_wikidata", n.wikidata());
            data(xml, "n_iri", n.iri());
            xml.end();
        }
        for (Edge e : graph.edges()) {
            xml.start("edge").attribute("id", e.id()).attribute("source", e.source()).attribute("target", e.target());
            data(xml, "e_label", e.label());
            data(xml, "e_kind", e.kind());
            data(xml, "e_predicate", e.predicate());
            data(xml, "e_weight", Integer.toString(e.weight()));
            data(xml, "e_start", e.start());
            data(xml, "e_end", e.end());
            data(xml, "e_evidence", e.evidence());
            xml.end();
        }
        xml.finish();
    }

    private static void key(XmlOut xml, String id, String forElement, String name, String type) {
        xml.empty("key").attribute("id", id).attribute("for", forElement)
                .attribute("attr.name", name).attribute("attr.type", type);
    }

    /** Unknown values (no Wikidata link, no date) are left out rather than written as "". */
    private static void data(XmlOut xml, String key, String value) {
        if (!value.isEmpty()) {
            xml.text("data", "key", key, value);
        }
    }
}
