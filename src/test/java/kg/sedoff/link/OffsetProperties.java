package kg.sedoff.link;

import java.util.List;
import kg.sedoff.catalog.Entity;
import kg.sedoff.catalog.EntityType;
import kg.sedoff.corpus.MappedText;
import kg.sedoff.corpus.OcrCorrection;
import kg.sedoff.corpus.OcrNormalizer;
import kg.sedoff.corpus.Segmenter;
import kg.sedoff.corpus.Span;
import kg.sedoff.input.Source;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/**
 * For any text, however broken: normalising never throws, every normalised character maps into
 * the raw text, and every mention's anchor is exactly the raw text at its offsets.
 */
class OffsetProperties {
    private static final List<Entity> CATALOG = List.of(
            LinkerTest.entity("leon", EntityType.Person, "Leon Sedov", "Leon", "Sedoff", "Leon Sedoff"),
            LinkerTest.entity("gpu", EntityType.GovernmentOrganization, "G. P. U.", "G.P.U.", "O.G.P.U."),
            LinkerTest.entity("zinoviev", EntityType.Person, "Zinoviev"),
            LinkerTest.entity("alma-ata", EntityType.City, "Alma Ata", "Alma-Ata"),
            LinkerTest.entity("trial", EntityType.Event, "Trial of the Sixteen", "Moscow Trial of the Sixteen"),
            LinkerTest.entity("moscow", EntityType.City, "Moscow"));
    private static final OcrNormalizer NORMALIZER = new OcrNormalizer(List.of(
            new OcrCorrection("Bhrcelona", "Barcelona", "", new Source(null, 1)),
            new OcrCorrection("II ", "", "II Corn", new Source(null, 2)),
            new OcrCorrection("a6", "a", "a6 Cat", new Source(null, 3))));
    private static final Linker LINKER = new Linker(new AliasDictionary(CATALOG));

    /** Text made of names, OCR damage and layout noise, glued by random separators. */
    @Provide
    Arbitrary<String> scans() {
        Arbitrary<String> pieces = Arbitraries.of(
                "Leon", "Leon's", "Sedoff", "Zi-\nnoviev", "Zi- \n\n\n\nnoviev", "G. P. U.", "G.P.U.", "O.G.P.U.",
                "Alma\nAta", "Alma-\nAta", "Moscow", "Moscow Trial of the\nSixteen", "a t", "i t", "S O N",
                "Bhrcelona", "II Cornintern", "a6 Catalan", ".%in - r : . a . a", "* * *", "-", "--", "'", "\"",
                "revolu-", "tion", "the", "and", ".", ",", "?", "!", "\u00e9t\u00e9", "\u0416", "\r\n", "\t",
                "  ", "\n", "\n\n", "\n\n\n\n", "", "X", "1905", "S. R.'s", "Sept.", "U. S. S. R.");
        Arbitrary<String> seps = Arbitraries.of(" ", "", "\n", " \n", "-\n", "  ", "\n\n");
        return Combinators.combine(pieces.list().ofMaxSize(40), seps.list().ofMaxSize(40))
                .as((p, s) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < p.size(); i++) {
                        b.append(p.get(i));
                        if (i < s.size()) {
                            b.append(s.get(i));
                        }
                    }
                    return b.toString();
                });
    }

    @Property(tries = 400)
    void everyMentionAnchorIsTheRawTextAtItsOffsets(@ForAll("scans") String raw) {
        MappedText n = NORMALIZER.normalize(raw);
        for (Mention m : LINKER.link("d", raw, n)) {
            Span s = m.span();
            if (s.begin() < 0 || s.end() > raw.length() || s.begin() >= s.end()) {
                throw new AssertionError("span out of range: " + s + " in " + raw.length());
            }
            if (!raw.substring(s.begin(), s.end()).equals(m.anchor())) {
                throw new AssertionError("anchor mismatch " + m);
            }
        }
    }

    @Property(tries = 400)
    void normalisedTextMapsIntoTheRawText(@ForAll("scans") String raw) {
        MappedText n = NORMALIZER.normalize(raw);
        for (int i = 0; i < n.length(); i++) {
            Span s = n.rawSpan(i, i + 1);
            if (s.begin() < 0 || s.end() > raw.length() || s.begin() >= s.end()) {
                throw new AssertionError("char " + i + " maps to " + s);
            }
        }
        for (Segmenter.Segment seg : new Segmenter().sentences(n.text())) {
            Span s = n.rawSpan(seg.begin(), seg.end());
            if (s.end() > raw.length() || s.begin() >= s.end()) {
                throw new AssertionError("sentence maps to " + s);
            }
        }
    }

    @Property(tries = 300)
    void anyUnicodeTextNormalisesWithoutError(@ForAll String raw) {
        MappedText n = NORMALIZER.normalize(raw);
        LINKER.link("d", raw, n);
        new Segmenter().sentences(n.text());
    }
}
