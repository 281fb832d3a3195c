package kg.sedoff.link;

import java.util.List;
import java.util.Optional;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.MappedText;
import kg.sedoff.corpus.Span;
import kg.sedoff.corpus.TextUnit;

/** A document after normalisation, segmentation and linking; all spans are raw spans. */
public record AnnotatedDocument(Document document, MappedText normalized, List<TextUnit> paragraphs,
                                List<TextUnit> sentences, List<Mention> mentions) {

    /** The sentence containing the start of {@code span}, if any. */
    public Optional<TextUnit> sentenceAt(Span span) {
        return unitAt(sentences, span.begin());
    }

    public Optional<TextUnit> paragraphAt(Span span) {
        return unitAt(paragraphs, span.begin());
    }

    private static Optional<TextUnit> unitAt(List<TextUnit> units, int offset) {
        int lo = 0;
        int hi = units.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = units.get(mid).span();
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(units.get(mid));
            }
        }
        return Optional.empty();
    }
}
