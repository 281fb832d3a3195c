package kg.sedoff.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/** The front page: what this is, how much is in it, and where to go next. */
final class HomePage {

    record DocumentLink(String title, String href, String author, String date) {
    }

    private HomePage() {
    }

    static Map<String, Object> read(GraphLookup g, SiteLinks links, EntityIndex index) {
        List<DocumentLink> documents = new ArrayList<>();
        for (Node d : g.subjects(Vocab.TYPE, Vocab.DOCUMENT)) {
            documents.add(new DocumentLink(g.string(d, Vocab.DC_TITLE).orElse(SiteLinks.localName(d.getURI())),
                    links.href(d), g.string(d, Vocab.DC_CREATOR).orElse(null), g.string(d, Vocab.DC_DATE).orElse(null)));
        }
        documents.sort(Comparator.comparing(DocumentLink::title));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "sedoff-kg");
        page.put("documents", documents);
        page.put("documentCount", documents.size());
        page.put("documentWord", documents.size() == 1 ? "document" : "documents");
        // the heading names the one document, or counts them once a user has added more
        page.put("onlyDocument", documents.size() == 1 ? documents.get(0) : null);
        page.put("entityCount", index.size());
        page.put("mentionCount", count(g.graph().find(Node.ANY, Vocab.TA_IDENT_REF, Node.ANY)));
        page.put("factCount", g.subjects(Vocab.TYPE, Vocab.FACT).size());
        page.put("groups", index.groups().stream()
                .map(gr -> Map.of("heading", gr.heading(), "size", gr.size(), "name", gr.name())).toList());
        return page;
    }

    private static long count(ExtendedIterator<Triple> it) {
        long n = 0;
        try {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        } finally {
            it.close();
        }
        return n;
    }
}
