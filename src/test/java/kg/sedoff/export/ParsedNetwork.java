package kg.sedoff.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * A written network file read back the way a tool would see it: the parsed document, and its nodes
 * and edges as flat maps of field name to value (GEXF attvalues and GraphML data by their declared
 * names). GEXF's own edge attributes "type" and "kind" appear as "gexf:type" and "gexf:kind".
 */
record ParsedNetwork(Document xml, JsonObject json, List<Map<String, String>> nodes, List<Map<String, String>> edges) {

    static ParsedNetwork parse(NetworkFormat format, byte[] bytes) {
        return switch (format) {
            case GEXF -> gexf(dom(bytes));
            case GRAPHML -> graphml(dom(bytes));
            case CYJS -> cyjs(JSON.parse(new String(bytes, StandardCharsets.UTF_8)));
        };
    }

    Map<String, String> node(String id) {
        return nodes.stream().filter(n -> id.equals(n.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }

    static Document dom(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static ParsedNetwork gexf(Document doc) {
        String ns = GexfWriter.NAMESPACE;
        Map<String, String> titles = new HashMap<>();
        for (Element a : elements(doc.getDocumentElement(), ns, "attribute")) {
            titles.put(((Element) a.getParentNode()).getAttribute("class") + "/" + a.getAttribute("id"),
                    a.getAttribute("title"));
        }
        List<Map<String, String>> nodes = new ArrayList<>();
        for (Element n : elements(doc.getDocumentElement(), ns, "node")) {
            Map<String, String> m = attributes(n);
            for (Element v : elements(n, ns, "attvalue")) {
                m.put(titles.get("node/" + v.getAttribute("for")), v.getAttribute("value"));
            }
            nodes.add(m);
        }
        List<Map<String, String>> edges = new ArrayList<>();
        for (Element e : elements(doc.getDocumentElement(), ns, "edge")) {
            Map<String, String> m = attributes(e);
            if (m.containsKey("type")) {
                m.put("gexf:type", m.remove("type"));
            }
            if (m.containsKey("kind")) {
                m.put("gexf:kind", m.remove("kind"));
            }
            for (Element v : elements(e, ns, "attvalue")) {
                m.put(titles.get("edge/" + v.getAttribute("for")), v.getAttribute("value"));
            }
            edges.add(m);
        }
        return new ParsedNetwork(doc, null, nodes, edges);
    }

    private static ParsedNetwork graphml(Document doc) {
        String ns = GraphmlWriter.NAMESPACE;
        Map<String, String> names = new HashMap<>();
        for (Element k : elements(doc.getDocumentElement(), ns, "key")) {
            names.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        List<Map<String, String>> nodes = new ArrayList<>();
        List<Map<String, String>> edges = new ArrayList<>();
        for (String kind : List.of("node", "edge")) {
            for (Element n : elements(doc.getDocumentElement(), ns, kind)) {
                Map<String, String> m = attributes(n);
                for (Element d : elements(n, ns, "data")) {
                    String name = names.get(d.getAttribute("key"));
                    if (name == null) {
                        throw new AssertionError("<data key=\"" + d.getAttribute("key") + "\"> has no <key>");
                    }
                    m.put(name, d.getTextContent());
                }
                (kind.equals("node") ? nodes : edges).add(m);
            }
        }
        return new ParsedNetwork(doc, null, nodes, edges);
    }

    private static ParsedNetwork cyjs(JsonObject root) {
        JsonObject elements = root.get("elements").getAsObject();
        return new ParsedNetwork(null, root, data(elements.get("nodes")), data(elements.get("edges")));
    }

    private static List<Map<String, String>> data(JsonValue array) {
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonValue element : array.getAsArray()) {
            Map<String, String> m = new LinkedHashMap<>();
            element.getAsObject().get("data").getAsObject().forEach((k, v) ->
                    m.put(k, v.isString() ? v.getAsString().value() : v.toString()));
            out.add(m);
        }
        return out;
    }

    private static List<Element> elements(Element root, String ns, String name) {
        NodeList list = root.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> m = new LinkedHashMap<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            m.put(attrs.item(i).getNodeName(), attrs.item(i).getNodeValue());
        }
        return m;
    }
}
