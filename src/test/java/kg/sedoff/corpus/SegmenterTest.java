package kg.sedoff.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences end at full stops, not at initials or abbreviations. */
class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private List<String> sentences(String text) {
        return segmenter.sentences(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void initialsAndAbbreviationsDoNotEndSentences() {
        assertEquals(List.of(
                        "It was the G. P. U. agents who trailed him.",
                        "He wrote as N. Markin about the S. R.'s and the U. S. S. R. in Sept. 1937.",
                        "Then he left."),
                sentences("It was the G. P. U. agents who trailed him. He wrote as N. Markin about the S. R.'s "
                        + "and the U. S. S. R. in Sept. 1937. Then he left."));
    }

    @Test
    void initialsBeforeASentenceStarterDoEndOne() {
        assertEquals(List.of("the general condition of the U. S. S. R.", "But from the moment"),
                sentences("the general condition of the U. S. S. R. But from the moment"));
    }

    @Test
    void quotationsCloseWithTheirSentence() {
        assertEquals(List.of("\"Can it really be that he is no more?\"", "Each telegram is a token."),
                sentences("\"Can it really be that he is no more?\" Each telegram is a token."));
    }

    @Test
    void paragraphsSplitAtBlankLines() {
        String text = "One. Two.\n\nThree.";
        assertEquals(2, segmenter.paragraphs(text).size());
        assertEquals(List.of("One.", "Two.", "Three."), sentences(text));
    }
}
