package kg.sedoff.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.sedoff.graph.Vocab;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;

/**
 * An entity's neighbourhood: the entities it is related to by a stated fact, in either direction,
 * and the entities named in the same sentences (co-mentions, weighted by the number of sentences).
 * Facts among the neighbours are drawn too, so the picture shows how the circle hangs together.
 * The same nodes and edges go to the page as lists and to the browser script as JSON.
 */
final class NetworkPage {
    /** Co-mentioned neighbours beyond this many (the lightest) are left out. */
    static final int MAX_CO_MENTIONS = 25;

    record NodeView(String id, String label, String href, String type, boolean center) {
    }

    record EdgeView(NodeView from, NodeView to, String label, String kind, long weight) {
        public boolean relation() {
            return kind.equals("relation");
        }
    }

    private final GraphLookup g;
    private final SiteLinks links;
    private final Labels labels;
    private final Map<Node, NodeView> nodes = new LinkedHashMap<>();
    private final List<EdgeView> relations = new ArrayList<>();
    private final List<EdgeView> coMentions = new ArrayList<>();
    private int leftOut;

    private NetworkPage(GraphLookup g, SiteLinks links) {
        this.g = g;
        this.links = links;
        this.labels = new Labels(g);
    }

    /** Empty when there is no entity at this IRI. */
    static Optional<NetworkPage> read(GraphLookup g, SiteLinks links, Node entity) {
        if (g.string(entity, Vocab.LABEL).isEmpty()) {
            return Optional.empty();
        }
        NetworkPage n = new NetworkPage(g, links);
        n.collect(entity);
        return Optional.of(n);
    }

    private void collect(Node center) {
        node(center, true);
        Set<Node> facts = new LinkedHashSet<>();
        facts.addAll(g.subjects(Vocab.RDF_SUBJECT, center));
        facts.addAll(g.subjects(Vocab.RDF_OBJECT, center));
        for (Node f : facts) {
            relation(f);
        }
        List<CoMention> co = CoMention.of(g, labels, center);
        for (int i = 0; i < co.size(); i++) {
            if (i >= MAX_CO_MENTIONS && !nodes.containsKey(co.get(i).other())) {
                leftOut++;
                continue;
            }
            coMentions.add(new EdgeView(node(center, true), node(co.get(i).other(), false), null, "comention",
                    co.get(i).weight()));
        }
        // facts among the neighbours, so the picture is more than a star
        Set<Node> around = new LinkedHashSet<>(nodes.keySet());
        around.remove(center);
        for (Node n : around) {
            for (Node f : g.subjects(Vocab.RDF_SUBJECT, n)) {
                g.object(f, Vocab.RDF_OBJECT).filter(around::contains).ifPresent(o -> relation(f));
            }
        }
        relations.sort(Comparator.comparing((EdgeView e) -> !e.from().center() && !e.to().center())
                .thenComparing(EdgeView::label).thenComparing(e -> e.from().label()).thenComparing(e -> e.to().label()));
    }

    private void relation(Node fact) {
        if (!g.has(fact, Vocab.TYPE, Vocab.FACT)) {
            return;
        }
        Optional<Node> s = g.object(fact, Vocab.RDF_SUBJECT);
        Optional<Node> p = g.object(fact, Vocab.RDF_PREDICATE);
        Optional<Node> o = g.object(fact, Vocab.RDF_OBJECT);
        if (s.isEmpty() || p.isEmpty() || o.isEmpty() || !isEntity(s.get()) || !isEntity(o.get())) {
            return;
        }
        EdgeView e = new EdgeView(node(s.get(), false), node(o.get(), false), labels.ofProperty(p.get()), "relation", 1);
        if (relations.stream().noneMatch(r -> r.from().equals(e.from()) && r.to().equals(e.to()) && r.label().equals(e.label()))) {
            relations.add(e);
        }
    }

    private boolean isEntity(Node n) {
        return n.isURI() && n.getURI().startsWith(links.base() + "id/") && g.string(n, Vocab.LABEL).isPresent();
    }

    private NodeView node(Node n, boolean center) {
        return nodes.computeIfAbsent(n, k -> new NodeView(links.href(k), labels.of(k), links.href(k),
                labels.topType(k), center));
    }

    Map<String, Object> page() {
        NodeView center = nodes.values().iterator().next();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Network of " + center.label());
        page.put("label", center.label());
        page.put("href", center.href());
        page.put("familyHref", center.href() + "/family");
        page.put("jsonHref", center.href() + "/network?format=json");
        page.put("nodeCount", nodes.size());
        page.put("relations", relations);
        page.put("relationCount", relations.size());
        page.put("ownRelationCount", relations.stream().filter(e -> e.from().center() || e.to().center()).count());
        page.put("coMentions", coMentions);
        page.put("coMentionCount", coMentions.size());
        page.put("leftOut", leftOut);
        page.put("hasLeftOut", leftOut > 0);
        page.put("nodes", nodes.values().stream().filter(n -> !n.center())
                .sorted(Comparator.comparing(NodeView::label)).toList());
        return page;
    }

    /** For the browser script: {center, nodes: [{id, label, href, type, center}], edges: [{from, to, label, kind, weight}]}. */
    JsonObject json() {
        JsonObject out = new JsonObject();
        JsonArray ns = new JsonArray();
        for (NodeView n : nodes.values()) {
            JsonObject o = new JsonObject();
            o.put("id", n.id());
            o.put("label", n.label());
            o.put("href", n.href());
            o.put("type", n.type());
            o.put("center", n.center());
            ns.add(o);
        }
        JsonArray es = new JsonArray();
        for (EdgeView e : relations) {
            es.add(edge(e));
        }
        for (EdgeView e : coMentions) {
            es.add(edge(e));
        }
        out.put("center", nodes.values().iterator().next().id());
        out.put("nodes", ns);
        out.put("edges", es);
        return out;
    }

    private static JsonObject edge(EdgeView e) {
        JsonObject o = new JsonObject();
        o.put("from", e.from().id());
        o.put("to", e.to().id());
        o.put("kind", e.kind());
        if (e.label() != null) {
            o.put("label", e.label());
        }
        o.put("weight", e.weight());
        return o;
    }
}
