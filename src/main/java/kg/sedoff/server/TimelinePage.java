package kg.sedoff.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Every dated thing in the graph, in order: the dates of entities (births, deaths, when events,
 * organisations and works began and ended) and the dates of facts (a home from 1931 until 1933, a
 * membership from 1923). Each is linked to its entity and shows the passage that supports it.
 * Dates keep the precision the text gives (1927, 1936-08, 1938-02-16) and sort as text, which
 * puts a year before its months and a month before its days.
 */
final class TimelinePage {
    private static final Object[][] ENTITY_DATES = {
        {Vocab.SCHEMA_BIRTH_DATE, "born"}, {Vocab.SCHEMA_DEATH_DATE, "died"},
        {Vocab.SCHEMA_START_DATE, "began"}, {Vocab.SCHEMA_END_DATE, "ended"},
    };

    record Side(String label, String href) {
    }

    /** One dated line. For a fact, predicate and object say what held; for an entity date, what happened. */
    record Entry(String date, String what, Side entity, String type, String predicate, Side object, String range,
                 String quote, String quoteHref, String factHref) {
        public boolean isFact() {
            return predicate != null;
        }
    }

    record Year(String year, String anchor, int size, List<Entry> entries) {
    }

    private final GraphLookup g;
    private final SiteLinks links;
    private final Labels labels;

    private TimelinePage(GraphLookup g, SiteLinks links) {
        this.g = g;
        this.links = links;
        this.labels = new Labels(g);
    }

    static Map<String, Object> read(GraphLookup g, SiteLinks links) {
        return new TimelinePage(g, links).page();
    }

    /** All entries, in order; also what the tests and the page share. */
    static List<Entry> entries(GraphLookup g, SiteLinks links) {
        return new TimelinePage(g, links).all();
    }

    private Map<String, Object> page() {
        List<Entry> all = all();
        Map<String, List<Entry>> byYear = new LinkedHashMap<>();
        for (Entry e : all) {
            byYear.computeIfAbsent(e.date().substring(0, Math.min(4, e.date().length())), k -> new ArrayList<>()).add(e);
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((y, in) -> years.add(new Year(y, "y" + y, in.size(), in)));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Timeline");
        page.put("count", all.size());
        page.put("years", years);
        page.put("from", years.isEmpty() ? "" : years.get(0).year());
        page.put("to", years.isEmpty() ? "" : years.get(years.size() - 1).year());
        return page;
    }

    private List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (Object[] d : ENTITY_DATES) {
            Node p = (Node) d[0];
            for (Triple t : g.graph().find(Node.ANY, p, Node.ANY).toList()) {
                Node e = t.getSubject();
                if (!isEntity(e) || !t.getObject().isLiteral()) {
                    continue;
                }
                Optional<FactEvidence> ev = FactEvidence.factsFor(g, e, p, t.getObject()).stream()
                        .map(f -> FactEvidence.of(g, links, f)).flatMap(Optional::stream).findFirst();
                out.add(new Entry(t.getObject().getLiteralLexicalForm(), verb((String) d[1], e), side(e),
                        labels.specificType(e), null, null, null,
                        ev.map(FactEvidence::quote).orElse(null), ev.map(FactEvidence::href).orElse(null), null));
            }
        }
        for (Node f : g.subjects(Vocab.TYPE, Vocab.FACT)) {
            Optional<String> start = g.string(f, Vocab.SCHEMA_START_DATE);
            Optional<String> end = g.string(f, Vocab.SCHEMA_END_DATE);
            Optional<Node> s = g.object(f, Vocab.RDF_SUBJECT);
            Optional<Node> p = g.object(f, Vocab.RDF_PREDICATE);
            Optional<Node> o = g.object(f, Vocab.RDF_OBJECT);
            if ((start.isEmpty() && end.isEmpty()) || s.isEmpty() || p.isEmpty() || o.isEmpty()) {
                continue;
            }
            String range = start.isPresent() && end.isPresent() ? start.get() + " – " + end.get()
                    : start.map(v -> "from " + v).orElseGet(() -> "until " + end.get());
            Optional<FactEvidence> ev = FactEvidence.of(g, links, f);
            out.add(new Entry(start.orElseGet(end::get), start.isPresent() ? "from" : "until", side(s.get()),
                    labels.specificType(s.get()), labels.ofProperty(p.get()), side(o.get()), range,
                    ev.map(FactEvidence::quote).orElse(null), ev.map(FactEvidence::href).orElse(null), links.href(f)));
        }
        out.sort(Comparator.comparing(Entry::date).thenComparing(e -> e.entity().label())
                .thenComparing(e -> e.predicate() == null ? "" : e.predicate())
                .thenComparing(e -> e.object() == null ? "" : e.object().label()));
        return out;
    }

    /** "took place" for an event with a start and no end; otherwise the plain verb. */
    private String verb(String verb, Node e) {
        if (verb.equals("began") && labels.topType(e).equals("Event") && g.string(e, Vocab.SCHEMA_END_DATE).isEmpty()) {
            return "took place";
        }
        return verb;
    }

    private boolean isEntity(Node n) {
        return n.isURI() && n.getURI().startsWith(links.base() + "id/") && g.string(n, Vocab.LABEL).isPresent();
    }

    private Side side(Node n) {
        return new Side(labels.of(n), n.isURI() ? links.href(n) : null);
    }
}
