package kg.sedoff.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of a store generation: a Lucene directory ({@value #DIRECTORY}) beside the
 * TDB2 files, read by jena-text's {@code text:query}. One Lucene field per indexed property, so a
 * query can ask for one of them or several:
 * <pre>
 * PREFIX text: &lt;http://jena.apache.org/text#&gt;
 * SELECT ?s ?score ?text WHERE { (?s ?score ?text) text:query (sedoff:normalizedText "Halifax") }
 * SELECT ?e ?score WHERE { (?e ?score) text:query ((rdfs:label skos:altLabel) "Levik") }
 * </pre>
 * Without a property, {@code text:query} searches labels. Bulk loading bypasses jena-text, so
 * the index is built here, from the loaded quads, before the generation is published.
 */
public final class SearchIndex {
    /** The index's folder inside a generation. */
    public static final String DIRECTORY = "text-index";
    public static final String LABEL_FIELD = "label";
    public static final String ALT_LABEL_FIELD = "altLabel";
    public static final String DESCRIPTION_FIELD = "description";
    public static final String SENTENCE_FIELD = "sentence";
    private static final String ENTITY_FIELD = "uri";

    /** The indexed properties, in the order of their fields above. */
    public static final List<Node> PROPERTIES =
            List.of(Vocab.LABEL, Vocab.ALT_LABEL, Vocab.SCHEMA_DESCRIPTION, Vocab.NORMALIZED_TEXT);

    private SearchIndex() {
    }

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, LABEL_FIELD, Vocab.LABEL);
        def.set(ALT_LABEL_FIELD, Vocab.ALT_LABEL);
        def.set(DESCRIPTION_FIELD, Vocab.SCHEMA_DESCRIPTION);
        def.set(SENTENCE_FIELD, Vocab.NORMALIZED_TEXT);
        def.setLangField("lang");
        return def;
    }

    private static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        // the matched text comes back with each hit (?text above), so pages need no second lookup
        config.setValueStored(true);
        config.setAnalyzer(analyzer());
        return config;
    }

    /**
     * English: lower case, possessives and plurals folded ("Trotsky's" finds "Trotsky", "trials"
     * finds "trial"), common words ignored. Queries are analysed the same way.
     */
    static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    /** A match: the subject of the indexed literal, its score, and the literal's text. */
    public record Hit(Node node, float score, String text) {
    }

    /** The text index behind a dataset opened by {@link Store#open}, if it has one. */
    public static Optional<TextIndex> of(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphText text ? Optional.of(text.getTextIndex()) : Optional.empty();
    }

    /**
     * Searches one property's field for words a reader typed. The words are escaped, so Lucene's
     * query syntax (quotes, wildcards, field prefixes) in them is taken literally; any word may match,
     * best matches first. Empty when the dataset has no index.
     */
    public static List<Hit> search(DatasetGraph dsg, Node property, String words, int limit) {
        Optional<TextIndex> index = of(dsg);
        String q = QueryParser.escape(words == null ? "" : words.strip());
        if (index.isEmpty() || q.isBlank()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        try {
            for (TextHit h : index.get().query(property, q, null, null, limit)) {
                hits.add(new Hit(h.getNode(), h.getScore(),
                        h.getLiteral() == null ? null : h.getLiteral().getLiteralLexicalForm()));
            }
        } catch (RuntimeException e) {
            // a query Lucene cannot run (e.g. only common words) finds nothing
            return List.of();
        }
        return hits;
    }

    /**
     * Where the words a reader typed occur in a text, as [begin, end) character offsets, found the
     * way the index finds them (same analyser), so the highlight shows exactly why a passage matched.
     */
    public static List<int[]> matches(String text, String words) {
        Set<String> wanted = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        try (Analyzer a = analyzer()) {
            terms(a, words, (term, b, e) -> wanted.add(term));
            if (!wanted.isEmpty()) {
                terms(a, text, (term, b, e) -> {
                    if (wanted.contains(term)) {
                        out.add(new int[] {b, e});
                    }
                });
            }
        }
        return out;
    }

    private interface TermSink {
        void term(String term, int begin, int end);
    }

    private static void terms(Analyzer a, String text, TermSink sink) {
        try (TokenStream ts = a.tokenStream(SENTENCE_FIELD, text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.term(term.toString(), offset.startOffset(), offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens (or creates, empty) the index of a generation. */
    static TextIndex open(Path generation) {
        try {
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(generation.resolve(DIRECTORY)), config());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + generation, e);
        }
    }

    /** The store's dataset with text:query over this index; closing the dataset closes the index. */
    static DatasetGraph wrap(DatasetGraph dsg, TextIndex index) {
        return TextDatasetFactory.create(dsg, index, true);
    }

    /**
     * Indexes every literal of the indexed properties in the loaded store, in every graph, and
     * commits. Returns the number of literals indexed.
     */
    static long build(DatasetGraph dsg, Path generation) {
        EntityDefinition def = definition();
        TextIndex index = open(generation);
        try {
            long n = Txn.calculateRead(dsg, () -> {
                long count = 0;
                for (Node p : PROPERTIES) {
                    var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                    try {
                        while (it.hasNext()) {
                            Quad q = it.next();
                            if (!q.getObject().isLiteral()) {
                                continue;
                            }
                            Entity entity = TextQueryFuncs.entityFromQuad(def, q);
                            if (entity != null) {
                                index.addEntity(entity);
                                count++;
                            }
                        }
                    } finally {
                        org.apache.jena.atlas.iterator.Iter.close(it);
                    }
                }
                return count;
            });
            index.commit();
            return n;
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        } finally {
            index.close();
        }
    }
}
