package kg.sedoff.server;

import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * What a machine gets when it dereferences an IRI: every triple with the resource as subject (from
 * any graph), every triple pointing at it, and for an entity its mentions with their offsets and
 * anchors; for a fact, the passage that supports it.
 */
final class ResourceDescription {
    private ResourceDescription() {
    }

    /** An empty graph when the store knows nothing about the resource. */
    static Graph describe(Graph union, Node resource, String base) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(LinkedDataSite.prefixes(base));
        copy(union.find(resource, Node.ANY, Node.ANY), out);
        if (out.isEmpty()) {
            return out;
        }
        copy(union.find(Node.ANY, Node.ANY, resource), out);
        GraphLookup g = new GraphLookup(union);
        for (Node mention : g.subjects(Vocab.TA_IDENT_REF, resource)) {
            copy(union.find(mention, Node.ANY, Node.ANY), out);
        }
        for (Node evidence : g.objects(resource, Vocab.HAS_EVIDENCE)) {
            copy(union.find(evidence, Node.ANY, Node.ANY), out);
        }
        return out;
    }

    private static void copy(ExtendedIterator<Triple> it, Graph out) {
        try {
            it.forEachRemaining(out::add);
        } finally {
            it.close();
        }
    }
}
