package kg.sedoff.export;

import java.io.OutputStream;
import kg.sedoff.export.NetworkGraph.Edge;
import kg.sedoff.export.NetworkGraph.Node;

/**
 * GEXF 1.3, Gephi's own format. The graph is directed; co-mention edges say {@code type="mutual"}
 * (they go both ways). GEXF's "undirected" inside a directed graph would be truer to the letter,
 * but networkx's GEXF reader refuses such mixed graphs, while it reads "mutual" as a pair of
 * directed edges, as Gephi does. Each edge's GEXF {@code kind} is its label ("parent", "co-mentioned"): Gephi counts edges
 * with the same source, target and kind as one, so this keeps a fact and a co-mention between the
 * same pair apart, and lets Gephi filter edges by predicate.
 */
public final class GexfWriter {
    public static final String NAMESPACE = "http://gexf.net/1.3";

    private GexfWriter() {
    }

    public static void write(NetworkGraph graph, OutputStream out) {
        XmlOut xml = new XmlOut(out);
        xml.root("gexf", NAMESPACE, NAMESPACE + "/gexf.xsd").attribute("version", "1.3");
        xml.start("meta")
                .text("creator", "sedoff-kg")
                .text("description", "Entities; the facts linking them (directed, with dates and evidence);"
                        + " co-mentions in one sentence (mutual, weight = number of sentences)")
                .end();
        xml.start("graph").attribute("defaultedgetype", "directed").attribute("mode", "static");

        // attribute ids are their titles, so Gephi shows the same names as GraphML and JSON readers
        xml.start("attributes").attribute("class", "node").attribute("mode", "static");
        declare(xml, "type", "string");
        declare(xml, "mentionCount", "integer");
        declare(xml, "wikidata", "string");
        declare(xml, "iri", "string");
        xml.end();
        xml.start("attributes").attribute("class", "edge").attribute("mode", "static");
        declare(xml, "kind", "string");
        declare(xml, "predicate", "string");
        declare(xml, "start", "string");
        declare(xml, "end", "string");
        declare(xml, "evidence", "string");
        xml.end();

        xml.start("nodes");
        for (Node n : graph.nodes()) {
            xml.start("node").attribute("id", n.id()).attribute("label", n.label());
            xml.start("attvalues");
            value(xml, "type", n.type());
            value(xml, "mentionCount", Integer.toString(n.mentionCount()));
            value(xml, "wikidata", n.wikidata());
            value(xml, "iri", n.iri());
            xml.end().end();
        }
        xml.end();

        xml.start("edges");
        for (Edge e : graph.edges()) {
            xml.start("edge").attribute("id", e.id()).attribute("source", e.source()).attribute("target", e.target());
            if (!e.directed()) {
                xml.attribute("type", "mutual");
            }
            xml.attribute("kind", e.label()).attribute("label", e.label())
                    .attribute("weight", Integer.toString(e.weight()));
            xml.start("attvalues");
            value(xml, "kind", e.kind());
            value(xml, "predicate", e.predicate());
            value(xml, "start", e.start());
            value(xml, "end", e.end());
            value(xml, "evidence", e.evidence());
            xml.end().end();
        }
        xml.finish();
    }

    private static void declare(XmlOut xml, String name, String type) {
        xml.empty("attribute").attribute("id", name).attribute("title", name).attribute("type", type);
    }

    /** Unknown values (no Wikidata link, no date) are left out rather than written as "". */
    private static void value(XmlOut xml, String name, String value) {
        if (!value.isEmpty()) {
            xml.empty("attvalue").attribute("for", name).attribute("value", value);
        }
    }
}
