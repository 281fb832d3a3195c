package kg.sedoff.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kg.sedoff.catalog.Entity;
import kg.sedoff.catalog.Relation;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.TextUnit;
import kg.sedoff.link.AnnotatedDocument;
import kg.sedoff.link.Annotator;
import kg.sedoff.link.Mention;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Inputs to quads, streamed: ontology, catalog, then each document in turn (normalised, segmented,
 * linked and written before the next is read), then mention counts and co-mentions. Only counts
 * are kept across documents, so memory does not grow with the corpus's quads.
 */
public final class GraphBuild {
    private final Inputs inputs;
    private final Iris iris;

    public GraphBuild(Inputs inputs, Iris iris) {
        this.inputs = inputs;
        this.iris = iris;
    }

    public BuildStats writeTo(StreamRDF out, Progress progress) {
        GraphWriter writer = new GraphWriter(iris, out);
        out.start();
        writer.prefixes();
        for (Triple t : inputs.ontology().find().toList()) {
            writer.triple(iris.ontologyGraph(), t.getSubject(), t.getPredicate(), t.getObject());
        }
        writeCatalog(writer);

        Annotator annotator = Annotator.forCatalog(inputs.catalog());
        Map<String, List<GraphWriter.EvidenceLocation>> evidenceByDoc = new HashMap<>();
        inputs.evidence().values().forEach(ev ->
                evidenceByDoc.computeIfAbsent(ev.documentId(), k -> new ArrayList<>()).add(ev));
        Map<String, Integer> mentionCounts = new TreeMap<>();
        Map<String, Integer> coMentions = new TreeMap<>();
        long mentions = 0;
        long sentences = 0;
        long chars = 0;
        List<Document> docs = inputs.documents();
        for (int i = 0; i < docs.size(); i++) {
            AnnotatedDocument ad = annotator.annotate(docs.get(i));
            writer.document(ad, new LinkedHashSet<>(evidenceByDoc.getOrDefault(ad.document().id(), List.of())));
            for (Mention m : ad.mentions()) {
                mentionCounts.merge(m.entityId(), 1, Integer::sum);
            }
            countCoMentions(ad, coMentions);
            mentions += ad.mentions().size();
            sentences += ad.sentences().size();
            chars += ad.document().raw().length();
            progress.documents(i + 1, docs.size(), mentions);
        }
        for (Entity e : inputs.catalog().entities()) {
            writer.mentionCount(e.id(), mentionCounts.getOrDefault(e.id(), 0));
        }
        coMentions.forEach((pair, weight) -> {
            String[] ab = pair.split(" ");
            writer.coMention(ab[0], ab[1], weight);
        });
        out.finish();
        return new BuildStats(docs.size(), inputs.catalog().entities().size(), inputs.catalog().relations().size(),
                mentions, sentences, writer.quadCount(), chars);
    }

    /** Writes entities and facts; also used alone to check the catalog against the shapes. */
    public void writeCatalog(GraphWriter writer) {
        for (Entity e : inputs.catalog().entities()) {
            writer.entity(e);
        }
        for (Relation r : inputs.catalog().relations()) {
            writer.fact(r, Optional.ofNullable(inputs.evidence().get(r)));
        }
    }

    private static void countCoMentions(AnnotatedDocument ad, Map<String, Integer> coMentions) {
        Map<TextUnit, Set<String>> bySentence = new HashMap<>();
        for (Mention m : ad.mentions()) {
            ad.sentenceAt(m.span()).ifPresent(s ->
                    bySentence.computeIfAbsent(s, k -> new java.util.TreeSet<>()).add(m.entityId()));
        }
        for (Set<String> ids : bySentence.values()) {
            List<String> list = new ArrayList<>(ids);
            for (int a = 0; a < list.size(); a++) {
                for (int b = a + 1; b < list.size(); b++) {
                    coMentions.merge(list.get(a) + " " + list.get(b), 1, Integer::sum);
                }
            }
        }
    }
}
