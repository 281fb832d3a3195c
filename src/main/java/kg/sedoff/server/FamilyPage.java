package kg.sedoff.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;

/**
 * A person's family as the graph states it: parents, spouse, brothers and sisters, children, read
 * from schema:parent, schema:children, schema:sibling and schema:spouse in both directions (a
 * parent is whoever the person has as schema:parent or whoever has the person among
 * schema:children). Each relative carries the passage that says so.
 */
final class FamilyPage {
    static final Node PARENT = Vocab.uri(Vocab.SCHEMA + "parent");
    static final Node CHILDREN = Vocab.uri(Vocab.SCHEMA + "children");
    static final Node SIBLING = Vocab.uri(Vocab.SCHEMA + "sibling");
    static final Node SPOUSE = Vocab.uri(Vocab.SCHEMA + "spouse");

    /** One relative, with the stated relation's evidence. */
    record Relative(String label, String href, String familyHref, String relation, String quote, String quoteHref) {
        /** The relation in words, for the box. */
        public String role() {
            return relation.equals("sibling") ? "brother or sister" : relation;
        }
    }

    /** A stated relation, for the list under the tree. */
    record Statement(String subject, String predicate, String object, String quote, String quoteHref) {
    }

    private final GraphLookup g;
    private final SiteLinks links;
    private final Labels labels;
    private final List<Statement> statements = new ArrayList<>();

    private FamilyPage(GraphLookup g, SiteLinks links) {
        this.g = g;
        this.links = links;
        this.labels = new Labels(g);
    }

    /** Empty when there is no entity at this IRI. */
    static Optional<Map<String, Object>> read(GraphLookup g, SiteLinks links, Node person) {
        if (g.string(person, Vocab.LABEL).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FamilyPage(g, links).page(person));
    }

    private Map<String, Object> page(Node p) {
        String label = labels.of(p);
        List<Relative> parents = relatives(p, PARENT, CHILDREN, "parent");
        List<Relative> spouses = relatives(p, SPOUSE, SPOUSE, "spouse");
        List<Relative> siblings = relatives(p, SIBLING, SIBLING, "sibling");
        List<Relative> children = relatives(p, CHILDREN, PARENT, "child");
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Family of " + label);
        page.put("label", label);
        page.put("href", links.href(p));
        page.put("networkHref", links.href(p) + "/network");
        page.put("parents", parents);
        page.put("hasParents", !parents.isEmpty());
        page.put("parentsMarried", married(parents));
        page.put("spouses", spouses);
        page.put("siblings", siblings);
        page.put("children", children);
        page.put("hasChildren", !children.isEmpty());
        boolean any = !parents.isEmpty() || !spouses.isEmpty() || !siblings.isEmpty() || !children.isEmpty();
        page.put("hasFamily", any);
        statements.sort(Comparator.comparing(Statement::predicate).thenComparing(Statement::subject)
                .thenComparing(Statement::object));
        page.put("statements", statements.stream().distinct().toList());
        return page;
    }

    /**
     * Relatives by a property from the person (person p x) and its inverse towards the person
     * (x inverse p); each relative once, in name order.
     */
    private List<Relative> relatives(Node p, Node forward, Node inverse, String relation) {
        Map<Node, Relative> found = new LinkedHashMap<>();
        for (Node x : g.objects(p, forward)) {
            if (x.isURI() && !x.equals(p)) {
                found.putIfAbsent(x, relative(x, relation, p, forward, x));
            }
        }
        for (Node x : g.subjects(inverse, p)) {
            if (x.isURI() && !x.equals(p)) {
                found.putIfAbsent(x, relative(x, relation, x, inverse, p));
            }
        }
        List<Relative> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparing(Relative::label));
        return list;
    }

    private Relative relative(Node x, String relation, Node s, Node pred, Node o) {
        Optional<FactEvidence> ev = FactEvidence.factsFor(g, s, pred, o).stream()
                .map(f -> FactEvidence.of(g, links, f)).flatMap(Optional::stream).findFirst();
        statements.add(new Statement(labels.of(s), labels.ofProperty(pred), labels.of(o),
                ev.map(FactEvidence::quote).orElse(null), ev.map(FactEvidence::href).orElse(null)));
        String href = links.href(x);
        return new Relative(labels.of(x), href, links.isLocal(x) ? href + "/family" : null, relation,
                ev.map(FactEvidence::quote).orElse(null), ev.map(FactEvidence::href).orElse(null));
    }

    /** Two parents stated as each other's spouse. */
    private boolean married(List<Relative> parents) {
        if (parents.size() != 2) {
            return false;
        }
        Node a = Vocab.uri(links.base() + parents.get(0).href().substring(1));
        Node b = Vocab.uri(links.base() + parents.get(1).href().substring(1));
        return g.has(a, SPOUSE, b) || g.has(b, SPOUSE, a);
    }
}
