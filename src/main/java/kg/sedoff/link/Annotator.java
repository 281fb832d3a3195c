package kg.sedoff.link;

import java.util.ArrayList;
import java.util.List;
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

    public Annotator(OcrNormalizer normalizer, Linker linker) {
        this.normalizer = normalizer;
        this.linker = linker;
    }

    public AnnotatedDocument annotate(Document doc) {
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
        return new AnnotatedDocument(doc, norm, paragraphs, sentences, mentions);
    }
}
