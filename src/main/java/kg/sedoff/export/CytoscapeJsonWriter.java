package kg.sedoff.export;

import java.io.OutputStream;
import kg.sedoff.export.NetworkGraph.Edge;
import kg.sedoff.export.NetworkGraph.Node;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Cytoscape.js elements JSON ({@code {"elements": {"nodes": [{"data": ...}], "edges": [...]}}}),
 * which Cytoscape desktop also imports. Every element has every field, empty when unknown, so a
 * style selector such as {@code edge[kind = "co-mention"]} never meets a missing field. Written by
 * Jena's JSON writer, which escapes quotes and backslashes; text goes through {@link LegalText}
 * first, as in the XML formats.
 */
public final class CytoscapeJsonWriter {
    private CytoscapeJsonWriter() {
    }

    public static void write(NetworkGraph graph, OutputStream out) {
        JsonArray nodes = new JsonArray();
        for (Node n : graph.nodes()) {
            JsonObject data = new JsonObject();
            text(data, "id", n.id());
            text(data, "label", n.label());
            text(data, "type", n.type());
            data.put("mentionCount", n.mentionCount());
            text(data, "wikidata", n.wikidata());
            text(data, "iri", n.iri());
            nodes.add(element(data));
        }
        JsonArray edges = new JsonArray();
        for (Edge e : graph.edges()) {
            JsonObject data = new JsonObject();
            text(data, "id", e.id());
            text(data, "source", e.source());
            text(data, "target", e.target());
            text(data, "label", e.label());
            text(data, "kind", e.kind());
            text(data, "predicate", e.predicate());
            data.put("weight", e.weight());
            text(data, "start", e.start());
            text(data, "end", e.end());
            text(data, "evidence", e.evidence());
            edges.add(element(data));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject root = new JsonObject();
        root.put("elements", elements);
        JSON.write(out, root);
    }

    private static void text(JsonObject data, String key, String value) {
        data.put(key, LegalText.of(value));
    }

    private static JsonObject element(JsonObject data) {
        JsonObject element = new JsonObject();
        element.put("data", data);
        return element;
    }
}
