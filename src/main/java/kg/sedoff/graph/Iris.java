package kg.sedoff.graph;

import kg.sedoff.corpus.Span;
import org.apache.jena.graph.Node;

/**
 * The one place where IRIs are minted. All share one base (set with --base), so entity IRIs
 * dereference at the server that serves them. Entities are {base}id/{slug}, stable across builds.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "http://localhost:3030/";
    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public Node entity(String slug) {
        return Vocab.uri(base + "id/" + slug);
    }

    public Node document(String docId) {
        return Vocab.uri(base + "doc/" + docId);
    }

    public Node paragraph(String docId, Span s) {
        return Vocab.uri(base + "doc/" + docId + "/paragraph/" + s.begin() + "-" + s.end());
    }

    public Node sentence(String docId, Span s) {
        return Vocab.uri(base + "doc/" + docId + "/sentence/" + s.begin() + "-" + s.end());
    }

    public Node mention(String docId, Span s) {
        return Vocab.uri(base + "doc/" + docId + "/mention/" + s.begin() + "-" + s.end());
    }

    public Node evidence(String docId, Span s) {
        return Vocab.uri(base + "doc/" + docId + "/evidence/" + s.begin() + "-" + s.end());
    }

    public Node fact(String key) {
        return Vocab.uri(base + "fact/" + key);
    }

    public Node coMention(String a, String b) {
        return Vocab.uri(base + "comention/" + a + "--" + b);
    }

    public Node ontologyGraph() {
        return Vocab.uri(base + "graph/ontology");
    }

    public Node catalogGraph() {
        return Vocab.uri(base + "graph/catalog");
    }

    public Node documentGraph(String docId) {
        return Vocab.uri(base + "graph/doc/" + docId);
    }

    public Node coMentionGraph() {
        return Vocab.uri(base + "graph/comentions");
    }
}
