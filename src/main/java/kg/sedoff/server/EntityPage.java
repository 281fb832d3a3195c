package kg.sedoff.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;

/**
 * The page of one entity: names, type, description, Wikidata link, dates, the relations the text
 * states (each with its supporting passage), every mention in context, and who is named with it.
 */
final class EntityPage {
    private static final String[][] DATES = {
        {"birthDate", "Born"}, {"deathDate", "Died"}, {"startDate", "From"}, {"endDate", "Until"},
    };

    record Link(String label, String href) {
    }

    record Field(String name, String value) {
    }

    record Side(String label, String href, boolean self) {
    }

    record RelationRow(Side subject, String predicate, String predicateTerm, Side object, String dates,
                       String quote, String quoteHref, String factHref) {
    }

    /** One line of a group: the entity at the other end, with dates and the supporting passage. */
    record RelationItem(Side other, String dates, String quote, String quoteHref, String factHref) {
    }

    /**
     * Relations sharing a predicate and a direction, read as a triple: "Leon Sedov · home location · …"
     * when outgoing, "… · knows · Leon Sedov" when incoming.
     */
    record RelationGroup(boolean outgoing, String predicate, String predicateTerm, List<RelationItem> items) {
    }

    record MentionLine(String before, String match, String after, String href, String method) {
    }

    record CoMentioned(String label, String href, long weight, String type) {
    }

    private final GraphLookup g;
    private final SiteLinks links;
    private final Labels labels;
    private final Map<Node, String> documentText = new HashMap<>();

    private EntityPage(GraphLookup g, SiteLinks links) {
        this.g = g;
        this.links = links;
        this.labels = new Labels(g);
    }

    /** Empty when the store has no entity with this IRI. */
    static Optional<Map<String, Object>> read(GraphLookup g, SiteLinks links, Node entity) {
        if (g.string(entity, Vocab.LABEL).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EntityPage(g, links).page(entity));
    }

    private Map<String, Object> page(Node e) {
        Map<String, Object> page = new LinkedHashMap<>();
        String label = labels.of(e);
        page.put("title", label);
        page.put("label", label);
        page.put("iri", e.getURI());
        page.put("type", labels.specificType(e));
        String top = labels.topType(e);
        page.put("topType", top.equals(labels.specificType(e)) ? null : top);
        page.put("description", g.string(e, Vocab.SCHEMA_DESCRIPTION).orElse(null));
        List<String> names = new ArrayList<>(g.strings(e, Vocab.ALT_LABEL));
        names.sort(String.CASE_INSENSITIVE_ORDER);
        page.put("names", names);
        page.put("hasNames", !names.isEmpty());
        List<Link> sameAs = new ArrayList<>();
        for (Node n : g.objects(e, Vocab.SAME_AS)) {
            if (n.isURI()) {
                sameAs.add(new Link(n.getURI().startsWith(Vocab.WIKIDATA)
                        ? "Wikidata " + SiteLinks.localName(n.getURI()) : n.getURI(), n.getURI()));
            }
        }
        page.put("sameAs", sameAs);
        List<Field> dates = new ArrayList<>();
        for (String[] d : DATES) {
            g.string(e, Vocab.uri(Vocab.SCHEMA + d[0])).ifPresent(v -> dates.add(new Field(d[1], v)));
        }
        page.put("lifeDates", dates);
        page.put("mentionCount", g.integer(e, Vocab.MENTION_COUNT).orElse(0L));
        List<RelationRow> outgoing = relations(e, Vocab.RDF_SUBJECT);
        List<RelationRow> incoming = relations(e, Vocab.RDF_OBJECT);
        List<RelationGroup> groups = new ArrayList<>(group(outgoing, true));
        groups.addAll(group(incoming, false));
        page.put("relationGroups", groups);
        page.put("hasRelations", !outgoing.isEmpty() || !incoming.isEmpty());
        List<MentionLine> mentions = mentions(e);
        page.put("mentions", mentions);
        page.put("hasMentions", !mentions.isEmpty());
        List<CoMentioned> coMentions = coMentions(e);
        page.put("coMentions", coMentions);
        page.put("hasCoMentions", !coMentions.isEmpty());
        page.put("formats", LinkedDataSite.formatLinks(links.href(e)));
        page.put("viewsHref", links.href(e));
        return page;
    }

    /** Facts with the entity in the given position (rdf:subject or rdf:object). */
    private List<RelationRow> relations(Node e, Node position) {
        List<RelationRow> rows = new ArrayList<>();
        for (Node fact : g.subjects(position, e)) {
            if (!g.has(fact, Vocab.TYPE, Vocab.FACT)) {
                continue;
            }
            Optional<Node> s = g.object(fact, Vocab.RDF_SUBJECT);
            Optional<Node> p = g.object(fact, Vocab.RDF_PREDICATE);
            Optional<Node> o = g.object(fact, Vocab.RDF_OBJECT);
            if (s.isEmpty() || p.isEmpty() || o.isEmpty()) {
                continue;
            }
            Optional<FactEvidence> evidence = FactEvidence.of(g, links, fact);
            rows.add(new RelationRow(side(s.get(), e), labels.ofProperty(p.get()), SiteLinks.curie(p.get().getURI()),
                    side(o.get(), e), dates(fact), evidence.map(FactEvidence::quote).orElse(null),
                    evidence.map(FactEvidence::href).orElse(null), links.href(fact)));
        }
        rows.sort(Comparator.comparing(RelationRow::predicate)
                .thenComparing(r -> r.subject().label()).thenComparing(r -> r.object().label()));
        return rows;
    }

    private static List<RelationGroup> group(List<RelationRow> rows, boolean outgoing) {
        Map<String, List<RelationRow>> byTerm = new LinkedHashMap<>();
        rows.forEach(r -> byTerm.computeIfAbsent(r.predicateTerm(), k -> new ArrayList<>()).add(r));
        List<RelationGroup> groups = new ArrayList<>();
        byTerm.forEach((term, in) -> groups.add(new RelationGroup(outgoing, in.get(0).predicate(), term,
                in.stream().map(r -> new RelationItem(outgoing ? r.object() : r.subject(), r.dates(), r.quote(),
                        r.quoteHref(), r.factHref())).toList())));
        return groups;
    }

    private Side side(Node n, Node self) {
        String href = n.isURI() ? links.href(n) : null;
        return new Side(labels.of(n), href, n.equals(self));
    }

    private String dates(Node fact) {
        String start = g.string(fact, Vocab.SCHEMA_START_DATE).orElse("");
        String end = g.string(fact, Vocab.SCHEMA_END_DATE).orElse("");
        if (start.isEmpty() && end.isEmpty()) {
            return null;
        }
        if (end.isEmpty()) {
            return "from " + start;
        }
        return start.isEmpty() ? "until " + end : start + " – " + end;
    }

    private List<MentionLine> mentions(Node e) {
        record Found(Node doc, long begin, long end, Node mention) {
        }
        List<Found> found = new ArrayList<>();
        for (Node m : g.subjects(Vocab.TA_IDENT_REF, e)) {
            Optional<Node> doc = g.object(m, Vocab.NIF_REFERENCE_CONTEXT);
            Optional<Long> b = g.integer(m, Vocab.NIF_BEGIN);
            Optional<Long> en = g.integer(m, Vocab.NIF_END);
            if (doc.isPresent() && b.isPresent() && en.isPresent()) {
                found.add(new Found(doc.get(), b.get(), en.get(), m));
            }
        }
        found.sort(Comparator.comparing((Found f) -> f.doc().getURI()).thenComparingLong(Found::begin));
        List<MentionLine> lines = new ArrayList<>();
        for (Found f : found) {
            String text = documentText.computeIfAbsent(f.doc(), d -> g.string(d, Vocab.NIF_IS_STRING).orElse(""));
            TextWindow w = TextWindow.around(text, (int) f.begin(), (int) f.end());
            String docId = links.documentIdOf(f.doc());
            String href = docId == null ? links.href(f.mention()) : "/doc/" + docId + "#m-" + f.begin();
            lines.add(new MentionLine(w.before(), w.match(), w.after(), href,
                    g.string(f.mention(), Vocab.MATCH_METHOD).orElse(null)));
        }
        return lines;
    }

    private List<CoMentioned> coMentions(Node e) {
        return CoMention.of(g, labels, e).stream()
                .map(c -> new CoMentioned(labels.of(c.other()), links.href(c.other()), c.weight(), labels.topType(c.other())))
                .toList();
    }
}
