package kg.sedoff.export;

import java.util.List;

/**
 * The knowledge graph seen as a network, the shape Gephi, networkx and Cytoscape expect: entities
 * are nodes; each fact linking two entities is a directed edge, and each co-mention an undirected
 * one. Facts whose object is a literal (a date, a name) are not edges. Parallel edges are kept, so
 * two facts between the same pair stay two edges, each with its own dates and evidence.
 */
public record NetworkGraph(List<Node> nodes, List<Edge> edges) {

    public NetworkGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * An entity. {@code id} is the slug of its IRI ({base}id/{slug}); {@code type} is its schema.org
     * top class (Person, Place, Organization, CreativeWork or Event); {@code wikidata} is a Q-id or
     * empty.
     */
    public record Node(String id, String iri, String label, String type, int mentionCount, String wikidata) {
    }

    /**
     * A relation or a co-mention. {@code label} is the predicate's local name ("parent") or
     * "co-mentioned"; {@code weight} is 1 for a relation and the number of sentences naming both
     * entities for a co-mention. {@code start}, {@code end} (lexical xsd dates, as precise as the
     * source says) and {@code evidence} (the supporting quote) are empty when unknown.
     */
    public record Edge(String id, String source, String target, String kind, String label, String predicate,
            int weight, String start, String end, String evidence) {

        public static final String RELATION = "relation";
        public static final String CO_MENTION = "co-mention";

        /** Co-mentions have no direction: neither entity is the subject. */
        public boolean directed() {
            return !CO_MENTION.equals(kind);
        }
    }
}
