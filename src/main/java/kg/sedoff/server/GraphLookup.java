package kg.sedoff.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Reads values off the graph by IRI nodes: the pages never put request text into a query. */
final class GraphLookup {
    private final Graph graph;

    GraphLookup(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    List<Node> objects(Node s, Node p) {
        return collect(graph.find(s, p, Node.ANY), true);
    }

    List<Node> subjects(Node p, Node o) {
        return collect(graph.find(Node.ANY, p, o), false);
    }

    Optional<Node> object(Node s, Node p) {
        ExtendedIterator<Triple> it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    /** The lexical form of a literal value, or empty. */
    Optional<String> string(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    List<String> strings(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList();
    }

    Optional<Long> integer(Node s, Node p) {
        return string(s, p).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    boolean has(Node s, Node p, Node o) {
        return graph.contains(s, p, o);
    }

    boolean isSubject(Node s) {
        return graph.contains(s, Node.ANY, Node.ANY);
    }

    private static List<Node> collect(ExtendedIterator<Triple> it, boolean objects) {
        List<Node> out = new ArrayList<>();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                out.add(objects ? t.getObject() : t.getSubject());
            }
        } finally {
            it.close();
        }
        return out;
    }
}
