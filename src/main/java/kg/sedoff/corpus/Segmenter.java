package kg.sedoff.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits normalised text into paragraphs (at blank lines) and sentences. Initials and
 * abbreviations ("G. P. U.", "N. Markin", "S. R.'s", "Sept.", "i. e.") do not end a sentence,
 * unless the next word is one that starts sentences ("... the U. S. S. R. But from ...").
 */
public final class Segmenter {
    /** Ranges are in normalised-text coordinates. */
    public record Segment(int begin, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("Sept", "Jan", "Feb", "Mar", "Apr", "Aug", "Oct",
            "Nov", "Dec", "Mr", "Mrs", "Dr", "St", "Prof", "No", "etc", "vs", "cf", "ibid", "Vol", "pp", "al");
    private static final Set<String> SENTENCE_STARTERS = Set.of("But", "The", "It", "He", "She", "They", "We",
            "In", "This", "That", "And", "A", "I", "His", "Her", "Our", "There", "When", "At", "On", "For",
            "After", "As", "Thus", "Then", "Its", "Their", "Since", "Such");

    public List<Segment> paragraphs(String text) {
        List<Segment> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int brk = text.indexOf("\n\n", start);
            int end = brk < 0 ? text.length() : brk;
            if (end > start) {
                out.add(new Segment(start, end));
            }
            start = brk < 0 ? text.length() : brk + 2;
        }
        return out;
    }

    public List<Segment> sentences(String text) {
        List<Segment> out = new ArrayList<>();
        for (Segment p : paragraphs(text)) {
            int start = p.begin();
            for (int i = p.begin(); i < p.end(); i++) {
                char ch = text.charAt(i);
                if (ch != '.' && ch != '!' && ch != '?') {
                    continue;
                }
                int j = i + 1;
                while (j < p.end() && "\"')]".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j >= p.end() || text.charAt(j) != ' ') {
                    continue;
                }
                int k = j + 1;
                if (k >= p.end() || !startsSentence(text.charAt(k))) {
                    continue;
                }
                if (ch == '.' && isAbbreviation(text, i, nextWord(text, k))) {
                    continue;
                }
                out.add(new Segment(start, j));
                start = k;
            }
            if (start < p.end()) {
                out.add(new Segment(start, p.end()));
            }
        }
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'';
    }

    private static boolean isAbbreviation(String text, int period, String next) {
        int w = period;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, period);
        if (word.length() == 1) {
            return !SENTENCE_STARTERS.contains(next);
        }
        return ABBREVIATIONS.contains(word);
    }

    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetter(text.charAt(i)) && text.charAt(i) != ' ') {
            i++;
        }
        int b = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(b, i);
    }
}
