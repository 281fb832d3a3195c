package kg.sedoff.server;

import java.util.Optional;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;

/**
 * The passage a fact cites: the words as scanned (or the curator's quote when the build did not
 * place it in a text), and a link into the document page at the passage (#ev-{begin}).
 */
record FactEvidence(String quote, String href) {

    static Optional<FactEvidence> of(GraphLookup g, SiteLinks links, Node fact) {
        String quote = g.string(fact, Vocab.QUOTE).orElse(null);
        String href = null;
        Optional<Node> evidence = g.object(fact, Vocab.HAS_EVIDENCE);
        if (evidence.isPresent()) {
            Node ev = evidence.get();
            quote = g.string(ev, Vocab.NIF_ANCHOR_OF).map(TextWindow::oneLine).orElse(quote);
            String docId = links.documentIdOf(ev);
            Optional<Long> begin = g.integer(ev, Vocab.NIF_BEGIN);
            if (docId != null && begin.isPresent()) {
                href = "/doc/" + docId + "#ev-" + begin.get();
            }
        }
        return quote == null ? Optional.empty() : Optional.of(new FactEvidence(quote, href));
    }

    /** The sedoff:Fact statements naming exactly this triple. */
    static java.util.List<Node> factsFor(GraphLookup g, Node s, Node p, Node o) {
        return g.subjects(Vocab.RDF_SUBJECT, s).stream()
                .filter(f -> g.has(f, Vocab.TYPE, Vocab.FACT) && g.has(f, Vocab.RDF_PREDICATE, p)
                        && g.has(f, Vocab.RDF_OBJECT, o))
                .toList();
    }
}
