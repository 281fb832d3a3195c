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
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A plain page for the graph's smaller resources (mentions, sentences, evidence passages, facts,
 * co-mentions): the passage in context when it has offsets, and every statement about it.
 */
final class ResourcePage {

    record Row(String property, String term, String value, String href) {
    }

    private ResourcePage() {
    }

    static Optional<Map<String, Object>> read(GraphLookup g, SiteLinks links, Node resource) {
        if (!g.isSubject(resource)) {
            return Optional.empty();
        }
        Labels labels = new Labels(g);
        Map<String, Object> page = new LinkedHashMap<>();
        String kind = kind(g, resource);
        String anchor = g.string(resource, Vocab.NIF_ANCHOR_OF).map(TextWindow::oneLine).orElse(null);
        String title = kind + (anchor != null && anchor.length() <= 80 ? ": “" + anchor + "”" : "");
        page.put("title", title);
        page.put("heading", title);
        page.put("iri", resource.getURI());
        page.put("formats", LinkedDataSite.formatLinks(links.href(resource)));

        Optional<Node> doc = g.object(resource, Vocab.NIF_REFERENCE_CONTEXT);
        Optional<Long> begin = g.integer(resource, Vocab.NIF_BEGIN);
        Optional<Long> end = g.integer(resource, Vocab.NIF_END);
        if (doc.isPresent() && begin.isPresent() && end.isPresent()) {
            String text = g.string(doc.get(), Vocab.NIF_IS_STRING).orElse("");
            page.put("context", TextWindow.around(text, begin.get().intValue(), end.get().intValue()));
            String fragment = g.has(resource, Vocab.TYPE, Vocab.EVIDENCE) ? "#ev-" : "#m-";
            boolean pointable = fragment.equals("#ev-") || g.object(resource, Vocab.TA_IDENT_REF).isPresent();
            page.put("documentHref", links.href(doc.get()) + (pointable ? fragment + begin.get() : ""));
            page.put("documentTitle", labels.of(doc.get()));
        }
        List<Row> rows = new ArrayList<>();
        ExtendedIterator<Triple> it = g.graph().find(resource, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                Node o = t.getObject();
                String value = o.isLiteral() ? TextWindow.oneLine(o.getLiteralLexicalForm()) : labels.of(o);
                if (value.length() > 300) {
                    value = value.substring(0, 300) + "…";
                }
                rows.add(new Row(labels.ofProperty(t.getPredicate()), SiteLinks.curie(t.getPredicate().getURI()),
                        value, o.isURI() ? links.href(o) : null));
            }
        } finally {
            it.close();
        }
        rows.sort(Comparator.comparing(Row::term).thenComparing(Row::value));
        page.put("rows", rows);
        return Optional.of(page);
    }

    private static String kind(GraphLookup g, Node r) {
        if (g.has(r, Vocab.TYPE, Vocab.FACT)) {
            return "Fact";
        }
        if (g.has(r, Vocab.TYPE, Vocab.EVIDENCE)) {
            return "Evidence";
        }
        if (g.has(r, Vocab.TYPE, Vocab.CO_MENTION)) {
            return "Co-mention";
        }
        if (g.has(r, Vocab.TYPE, Vocab.NIF_SENTENCE)) {
            return "Sentence";
        }
        if (g.has(r, Vocab.TYPE, Vocab.NIF_PARAGRAPH)) {
            return "Paragraph";
        }
        if (g.has(r, Vocab.TYPE, Vocab.NIF_PHRASE)) {
            return "Mention";
        }
        return "Resource";
    }
}
