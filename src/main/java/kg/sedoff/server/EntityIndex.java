package kg.sedoff.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;

/**
 * Every entity of the catalog with its names and mention count: the index page groups them by
 * schema.org top class, and search matches a query against their names in Java (so the query
 * text is never part of SPARQL).
 */
final class EntityIndex {

    record Entry(String label, String href, String type, String topType, long mentions, List<String> names) {
    }

    record Group(String name, String heading, int size, List<Entry> entries) {
    }

    record Hit(String label, String href, String type, long mentions, String matched) {
        public String mentionWord() {
            return mentions == 1 ? "mention" : "mentions";
        }
    }

    private static final Map<String, String> HEADINGS = Map.of(
            "Person", "People", "Place", "Places", "Organization", "Organizations",
            "CreativeWork", "Works", "Event", "Events");

    private final List<Entry> entries;

    private EntityIndex(List<Entry> entries) {
        this.entries = entries;
    }

    static EntityIndex read(GraphLookup g, SiteLinks links) {
        Labels labels = new Labels(g);
        List<Entry> entries = new ArrayList<>();
        for (String top : Labels.TOP_TYPES) {
            for (Node e : g.subjects(Vocab.TYPE, Vocab.uri(Vocab.SCHEMA + top))) {
                if (!links.isLocal(e) || !e.getURI().startsWith(links.base() + "id/")) {
                    continue;
                }
                String label = g.string(e, Vocab.LABEL).orElse(null);
                if (label == null) {
                    continue;
                }
                List<String> names = new ArrayList<>(g.strings(e, Vocab.ALT_LABEL));
                names.sort(String.CASE_INSENSITIVE_ORDER);
                entries.add(new Entry(label, links.href(e), labels.specificType(e), top,
                        g.integer(e, Vocab.MENTION_COUNT).orElse(0L), names));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::mentions).reversed()
                .thenComparing(Entry::label, String.CASE_INSENSITIVE_ORDER));
        return new EntityIndex(entries);
    }

    int size() {
        return entries.size();
    }

    List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (String top : Labels.TOP_TYPES) {
            List<Entry> in = entries.stream().filter(e -> e.topType().equals(top)).toList();
            if (!in.isEmpty()) {
                groups.add(new Group(top, HEADINGS.get(top), in.size(), in));
            }
        }
        return groups;
    }

    /** Entities whose label or any other name contains the query, ignoring case. */
    List<Hit> search(String query) {
        String q = query.toLowerCase(Locale.ROOT).strip();
        List<Hit> hits = new ArrayList<>();
        if (q.isEmpty()) {
            return hits;
        }
        for (Entry e : entries) {
            if (e.label().toLowerCase(Locale.ROOT).contains(q)) {
                hits.add(new Hit(e.label(), e.href(), e.type(), e.mentions(), null));
                continue;
            }
            e.names().stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(q)).findFirst()
                    .ifPresent(n -> hits.add(new Hit(e.label(), e.href(), e.type(), e.mentions(), n)));
        }
        return hits;
    }

    static Map<String, Object> page(EntityIndex index) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Entities");
        page.put("count", index.size());
        page.put("groups", index.groups());
        return page;
    }
}
