package kg.sedoff.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kg.sedoff.input.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the normaliser makes of scanned text, and that every character maps back to the scan. */
class OcrNormalizerTest {
    private final OcrNormalizer plain = new OcrNormalizer(List.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            line-break hyphen joins the word       | trial of the Sixteen (Zi-\\nnoviev, Kamenev) | trial of the Sixteen (Zinoviev, Kamenev)
            hyphen with trailing spaces            | the road to revolu- \\ntion, all             | the road to revolution, all
            real hyphen before a capital stays     | the jail of Kerensky-\\nTseretelli.           | the jail of Kerensky-Tseretelli.
            hyphen inside a line stays             | the eleven-year-old Levik                    | the eleven-year-old Levik
            spaced-out letters join                | seething a t  that time, i t  was            | seething at that time, it was
            spaced-out heading joins               | S O N  - F R I E N D                         | SON - FRIEND
            one-letter words stay                  | we met a man and I saw                       | we met a man and I saw
            initials stay apart                    | the G. P. U. and the U. S. S. R.             | the G. P. U. and the U. S. S. R.
            page break in mid-sentence runs on     | the best section of the next, \\n\\n\\n\\nthat is, the | the best section of the next, that is, the
            blank line after a full stop is a paragraph | our friend. \\n\\nOf that older          | our friend.\\n\\nOf that older
            """)
    void normalises(String why, String raw, String expected) {
        String in = raw.strip().replace("\\n", "\n");
        assertEquals(expected.strip().replace("\\n", "\n"), plain.normalize(in).text(), why);
    }

    @Test
    void pageFurnitureIsDropped() {
        String raw = "Of his \n\n\n\n.%in - r : . a . a \nown volition Leon left";
        assertEquals("Of his own volition Leon left", plain.normalize(raw).text());
    }

    @Test
    void sectionStarsAreDroppedButTheParagraphBreakStays() {
        String raw = "as we called\nhim. \n\n* * *  \nIn January, 1929, the";
        assertEquals("as we called him.\n\nIn January, 1929, the", plain.normalize(raw).text());
    }

    @Test
    void correctionsApplyOnlyInTheirContextAndMarkTheirCharacters() {
        OcrNormalizer n = new OcrNormalizer(List.of(
                new OcrCorrection("a6", "a", "a6 Catalan", new Source(null, 1)),
                new OcrCorrection("Bhrcelona", "Barcelona", "", new Source(null, 2))));
        MappedText t = n.normalize("with a6 Catalan stoker, a6 other, Paris, Bhrcelona, New York");
        assertEquals("with a Catalan stoker, a6 other, Paris, Barcelona, New York", t.text());
        int b = t.text().indexOf("Barcelona");
        Span raw = t.rawSpan(b, b + "Barcelona".length());
        assertEquals("Bhrcelona", raw.of("with a6 Catalan stoker, a6 other, Paris, Bhrcelona, New York"));
        assertTrue(t.touchesCorrection(b, b + 9));
        assertFalse(t.touchesCorrection(0, 4));
    }

    @Test
    void aWordAcrossALineBreakMapsToItsWholeRawSpan() {
        String raw = "trial of the Sixteen (Zi-\nnoviev, Kamenev";
        MappedText t = plain.normalize(raw);
        int b = t.text().indexOf("Zinoviev");
        assertEquals("Zi-\nnoviev", t.rawSpan(b, b + 8).of(raw));
    }

    @Test
    void normalisingThePamphletKeepsItsNamesReadable() throws Exception {
        String raw = java.nio.file.Files.readString(kg.sedoff.TestStore.dataDir().resolve("corpus/leon-sedoff-son-friend-fighter.txt"));
        String text = plain.normalize(raw).text();
        assertTrue(text.contains("the Sixteen (Zinoviev, Kamenev, Smirnov, etc.)"));
        assertTrue(text.contains("Mrachkovsky and Beloborodov"));
        assertTrue(text.contains("the Fourth International."));
        assertFalse(text.contains(".%in"));
        assertFalse(text.contains("  "), "no double spaces");
    }
}
