package kg.sedoff.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;

/** Another entity named in the same sentences as an entity, and in how many of them. */
record CoMention(Node other, long weight) {

    /** The entity's co-mentions, heaviest first, ties by label: the order the entity and network pages show. */
    static List<CoMention> of(GraphLookup g, Labels labels, Node entity) {
        List<CoMention> out = new ArrayList<>();
        for (Node c : g.subjects(Vocab.CO_MENTION_ENTITY, entity)) {
            if (!g.has(c, Vocab.TYPE, Vocab.CO_MENTION)) {
                continue;
            }
            long weight = g.integer(c, Vocab.WEIGHT).orElse(0L);
            for (Node other : g.objects(c, Vocab.CO_MENTION_ENTITY)) {
                if (!other.equals(entity) && other.isURI()) {
                    out.add(new CoMention(other, weight));
                }
            }
        }
        out.sort(Comparator.comparingLong(CoMention::weight).reversed().thenComparing(c -> labels.of(c.other())));
        return out;
    }
}
