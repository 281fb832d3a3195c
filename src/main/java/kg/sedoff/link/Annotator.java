package kg.sedoff.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.sedoff.catalog.Catalog;
import kg.sedoff.catalog.RolePhrase;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.MappedText;
import kg.sedoff.corpus.OcrNormalizer;
import kg.sedoff.corpus.Segmenter;
import kg.sedoff.corpus.TextUnit;

/** Normalises, segments and links one document at a time. */
public final class Annotator {
    private final OcrNormalizer normalizer;
    private final Segmenter segmenter = new Segmenter();
    private final Linker linker;
    private final Map<String, Linker> roleLinkers;

    public Annotator(OcrNormalizer normalizer, Linker linker) {
        this(normalizer, linker, Map.of());
    }

    private Annotator(OcrNormalizer normalizer, Linker linker, Map<String, Linker> roleLinkers) {
        this.normalizer = normalizer;
        this.linker = linker;
        this.roleLinkers = roleLinkers;
    }

    /** Everything the catalog says about finding mentions: corrections, names, role phrases. */
    public static Annotator forCatalog(Catalog catalog) {
        Map<String, List<RolePhrase>> byDocument = new HashMap<>();
        for (RolePhrase p : catalog.rolePhrases()) {
            byDocument.computeIfAbsent(p.documentId(), k -> new ArrayList<>()).add(p);
        }
        Map<String, Linker> roleLinkers = new HashMap<>();
        byDocument.forEach((doc, phrases) -> roleLinkers.put(doc, new Linker(AliasDictionary.ofRolePhrases(phrases), true)));
        return new Annotator(new OcrNormalizer(catalog.corrections()),
                new Linker(new AliasDictionary(catalog.entities())), roleLinkers);
    }

    /** The returned document holds its text in memory; let it go before the next one is annotated. */
    public AnnotatedDocument annotate(Document document) {
        Document doc = document.loaded();
        MappedText norm = normalizer.normalize(doc.raw());
        String text = norm.text();
        List<TextUnit> paragraphs = new ArrayList<>();
        for (Segmenter.Segment s : segmenter.paragraphs(text)) {
            paragraphs.add(new TextUnit(norm.rawSpan(s.begin(), s.end()), text.substring(s.begin(), s.end())));
        }
        List<TextUnit> sentences = new ArrayList<>();
        for (Segmenter.Segment s : segmenter.sentences(text)) {
            sentences.add(new TextUnit(norm.rawSpan(s.begin(), s.end()), text.substring(s.begin(), s.end())));
        }
        List<Mention> mentions = linker.link(doc.id(), doc.raw(), norm);
        Linker roles = roleLinkers.get(doc.id());
        if (roles != null) {
            mentions = withDescriptions(mentions, roles.link(doc.id(), doc.raw(), norm));
        }
        return new AnnotatedDocument(doc, norm, paragraphs, sentences, mentions);
    }

    /** Names win: a role phrase that overlaps a name is dropped. */
    private static List<Mention> withDescriptions(List<Mention> names, List<Mention> descriptions) {
        List<Mention> all = new ArrayList<>(names);
        for (Mention d : descriptions) {
            boolean overlaps = names.stream().anyMatch(n ->
                    n.span().begin() < d.span().end() && d.span().begin() < n.span().end());
            if (!overlaps) {
                all.add(d);
            }
        }
        all.sort(Comparator.comparingInt(m -> m.span().begin()));
        return all;
    }
}
