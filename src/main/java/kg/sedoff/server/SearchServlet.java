package kg.sedoff.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.sedoff.graph.Vocab;
import kg.sedoff.store.SearchIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * /search?q=...: entities whose names contain the words (as before), entities whose names or
 * descriptions match in the full-text index, and the passages of the text that match, the matching
 * words highlighted, each linked into the document and to the entities it names. The words reach
 * Lucene escaped and never reach SPARQL.
 */
final class SearchServlet extends SiteServlet {
    static final String PATH = "/search";
    private static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_PASSAGES = 50;
    private static final int MAX_ENTITY_HITS = 50;

    /** A piece of a passage: plain text, or a word that matched. */
    record Piece(String text, boolean hit) {
    }

    record EntityLink(String label, String href) {
    }

    record Passage(List<Piece> pieces, String href, String documentTitle, String sentenceHref, String score,
                   List<EntityLink> entities) {
        public boolean hasEntities() {
            return !entities.isEmpty();
        }
    }

    /** An entity found through the index (a name or its description), not by its name containing the words. */
    record TextEntityHit(String label, String href, String type, long mentions, String why, List<Piece> pieces) {
        public String mentionWord() {
            return mentions == 1 ? "mention" : "mentions";
        }
    }

    SearchServlet(DatasetGraph dataset, SiteLinks links, Templates templates) {
        super(dataset, links, templates);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        String query = q;
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", query.isEmpty() ? "Search" : "Search: " + query);
        page.put("q", query);
        page.put("asked", !query.isEmpty());
        page.put("indexed", SearchIndex.of(dataset).isPresent());
        read(g -> {
            List<EntityIndex.Hit> hits = EntityIndex.read(g, links).search(query);
            page.put("hits", hits);
            List<TextEntityHit> more = textEntities(g, query, hits);
            page.put("moreHits", more);
            page.put("hitCount", hits.size() + more.size());
            page.put("foundEntities", !hits.isEmpty() || !more.isEmpty());
            List<Passage> passages = passages(g, query);
            page.put("passages", passages);
            page.put("passageCount", passages.size());
            return null;
        });
        html(resp, 200, "search-text", page);
    }

    private List<TextEntityHit> textEntities(GraphLookup g, String query, List<EntityIndex.Hit> already) {
        if (query.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        already.forEach(h -> seen.add(h.href()));
        Labels labels = new Labels(g);
        record Found(Node entity, float score, String why, String text) {
        }
        List<Found> found = new ArrayList<>();
        String[] why = {"name", "other name", "description"};
        for (int i = 0; i < 3; i++) {
            for (SearchIndex.Hit h : SearchIndex.search(dataset, SearchIndex.PROPERTIES.get(i), query, MAX_ENTITY_HITS)) {
                found.add(new Found(h.node(), h.score(), why[i], h.text()));
            }
        }
        found.sort(Comparator.comparingDouble((Found f) -> -f.score()));
        List<TextEntityHit> out = new ArrayList<>();
        for (Found f : found) {
            Node e = f.entity();
            if (!e.isURI() || !e.getURI().startsWith(links.base() + "id/") || g.string(e, Vocab.LABEL).isEmpty()) {
                continue;
            }
            String href = links.href(e);
            if (!seen.add(href)) {
                continue;
            }
            String text = f.text() == null ? "" : f.text();
            out.add(new TextEntityHit(labels.of(e), href, labels.specificType(e),
                    g.integer(e, Vocab.MENTION_COUNT).orElse(0L), f.why(), highlight(text, query)));
        }
        return out;
    }

    private List<Passage> passages(GraphLookup g, String query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<Passage> out = new ArrayList<>();
        for (SearchIndex.Hit h : SearchIndex.search(dataset, Vocab.NORMALIZED_TEXT, query, MAX_PASSAGES)) {
            Node sentence = h.node();
            if (!g.has(sentence, Vocab.TYPE, Vocab.NIF_SENTENCE)) {
                continue;
            }
            String text = h.text() != null ? h.text() : g.string(sentence, Vocab.NORMALIZED_TEXT).orElse("");
            Optional<Node> doc = g.object(sentence, Vocab.NIF_REFERENCE_CONTEXT);
            String docId = links.documentIdOf(sentence);
            String title = doc.flatMap(d -> g.string(d, Vocab.DC_TITLE)).orElse(docId);
            out.add(new Passage(highlight(text, query), inDocument(g, sentence, doc), title, links.href(sentence),
                    String.format(java.util.Locale.ROOT, "%.2f", h.score()), entitiesIn(g, sentence)));
        }
        return out;
    }

    /** A link into the document page at the sentence's own anchor (#s-BEGIN), else the sentence's page. */
    private String inDocument(GraphLookup g, Node sentence, Optional<Node> doc) {
        Optional<Long> begin = g.integer(sentence, Vocab.NIF_BEGIN);
        if (doc.isEmpty() || begin.isEmpty()) {
            return links.href(sentence);
        }
        return links.href(doc.get()) + "#s-" + begin.get();
    }

    private List<EntityLink> entitiesIn(GraphLookup g, Node sentence) {
        Labels labels = new Labels(g);
        Map<String, EntityLink> byHref = new LinkedHashMap<>();
        record At(long begin, Node entity) {
        }
        List<At> at = new ArrayList<>();
        for (Node m : g.subjects(Vocab.NIF_SENTENCE_PROP, sentence)) {
            g.object(m, Vocab.TA_IDENT_REF).ifPresent(e -> at.add(new At(g.integer(m, Vocab.NIF_BEGIN).orElse(0L), e)));
        }
        at.sort(Comparator.comparingLong(At::begin));
        for (At a : at) {
            byHref.putIfAbsent(links.href(a.entity()), new EntityLink(labels.of(a.entity()), links.href(a.entity())));
        }
        return List.copyOf(byHref.values());
    }

    /** The text cut into plain pieces and matched words, for the template to mark up. */
    static List<Piece> highlight(String text, String query) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (int[] m : SearchIndex.matches(text, query)) {
            if (m[0] < at || m[1] > text.length()) {
                continue;
            }
            if (m[0] > at) {
                pieces.add(new Piece(text.substring(at, m[0]), false));
            }
            pieces.add(new Piece(text.substring(m[0], m[1]), true));
            at = m[1];
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return pieces;
    }
}
