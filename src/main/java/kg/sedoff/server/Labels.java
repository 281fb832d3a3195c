package kg.sedoff.server;

import java.util.List;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;

/** Names for nodes as a reader should see them: their label, else a readable form of the IRI. */
final class Labels {
    static final List<String> TOP_TYPES = List.of("Person", "Place", "Organization", "CreativeWork", "Event");

    private final GraphLookup g;

    Labels(GraphLookup g) {
        this.g = g;
    }

    String of(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isURI()) {
            return g.string(n, Vocab.LABEL).orElseGet(() -> SiteLinks.curie(n.getURI()));
        }
        return n.toString();
    }

    /** A property's label from the ontology ("parent organization"), else its local name in words. */
    String ofProperty(Node p) {
        return g.string(p, Vocab.LABEL).orElseGet(() -> SiteLinks.words(SiteLinks.localName(p.getURI())));
    }

    /** The schema.org top class of an entity (Person, Place, ...), or empty. */
    String topType(Node entity) {
        for (String top : TOP_TYPES) {
            if (g.has(entity, Vocab.TYPE, Vocab.uri(Vocab.SCHEMA + top))) {
                return top;
            }
        }
        return "";
    }

    /** The most specific schema.org class given (City rather than Place), or the top class. */
    String specificType(Node entity) {
        String top = topType(entity);
        for (Node t : g.objects(entity, Vocab.TYPE)) {
            if (t.isURI() && t.getURI().startsWith(Vocab.SCHEMA)) {
                String name = t.getURI().substring(Vocab.SCHEMA.length());
                if (!name.equals(top)) {
                    return name;
                }
            }
        }
        return top;
    }
}
