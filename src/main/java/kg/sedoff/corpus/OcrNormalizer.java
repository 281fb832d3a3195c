package kg.sedoff.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw OCR text into readable text while keeping an exact map back to the raw characters.
 * In order: curated corrections; page furniture (stray scan marks, section stars) dropped;
 * line-break hyphens removed (real hyphens kept); spaced-out letters ("a t", "S O N") joined;
 * layout whitespace folded to single spaces, with blank lines kept as paragraph breaks unless
 * the text clearly runs on (a page break in mid-sentence).
 */
public final class OcrNormalizer {
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S.*?)[ \\t]*\\r?$");
    private static final Pattern LINE_BREAK_HYPHEN =
            Pattern.compile("(?<=\\p{L})-[ \\t]*\\r?\\n\\s*(?=\\p{L})");
    private static final Pattern SPACED_LETTERS =
            Pattern.compile("(?<![\\p{L}\\p{N}'.])\\p{L}(?: {1,2}\\p{L}(?![\\p{L}\\p{N}.]))+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> SINGLE_LETTER_WORDS = Set.of("a", "A", "I", "O");
    private static final Set<String> NUMBER_WORDS = Set.of("twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

    private final List<OcrCorrection> corrections;

    public OcrNormalizer(List<OcrCorrection> corrections) {
        this.corrections = List.copyOf(corrections);
    }

    public MappedText normalize(String raw) {
        MappedText t = MappedText.of(raw);
        t = t.apply(correctionEdits(t.text()));
        t = t.apply(furnitureEdits(t.text()));
        t = t.apply(hyphenEdits(t.text()));
        t = t.apply(spacedLetterEdits(t.text()));
        t = t.apply(whitespaceEdits(t.text()));
        return t;
    }

    /** Every place a correction applies, earliest first; later overlapping matches lose. */
    List<MappedText.Edit> correctionEdits(String text) {
        List<MappedText.Edit> found = new ArrayList<>();
        for (OcrCorrection c : corrections) {
            String ctx = c.context().isEmpty() ? c.raw() : c.context();
            int inCtx = ctx.indexOf(c.raw());
            if (inCtx < 0) {
                continue; // rejected by the catalog reader; be safe here too
            }
            for (int at = text.indexOf(ctx); at >= 0; at = text.indexOf(ctx, at + 1)) {
                int b = at + inCtx;
                int e = b + c.raw().length();
                // a context pins the place exactly; without one, match whole words only
                if (!c.context().isEmpty() || atWordBoundary(text, b, e, c.raw())) {
                    found.add(new MappedText.Edit(b, e, c.corrected(), true));
                }
            }
        }
        return nonOverlapping(found);
    }

    /** Lines that are scan marks, not text: few letters and no real word, or a row of stars. */
    List<MappedText.Edit> furnitureEdits(String text) {
        List<MappedText.Edit> edits = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            String line = m.group(1);
            if (isFurniture(line)) {
                edits.add(new MappedText.Edit(m.start(1), m.end(1), "", false));
            }
        }
        return edits;
    }

    static boolean isFurniture(String line) {
        int letters = 0;
        int visible = 0;
        int run = 0;
        int longestRun = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (Character.isWhitespace(ch)) {
                run = 0;
                continue;
            }
            visible++;
            if (Character.isLetter(ch)) {
                letters++;
                run++;
                longestRun = Math.max(longestRun, run);
            } else {
                run = 0;
            }
        }
        if (visible == 0) {
            return false;
        }
        if (letters == 0) {
            return true; // stars, page numbers, stray marks
        }
        return longestRun < 3 && letters * 2 < visible && visible > 2;
    }

    /** A hyphen at a line end joins the word halves; it stays when the text spells the word with one. */
    List<MappedText.Edit> hyphenEdits(String text) {
        Set<String> words = wordsOf(text);
        List<MappedText.Edit> edits = new ArrayList<>();
        Matcher m = LINE_BREAK_HYPHEN.matcher(text);
        while (m.find()) {
            String left = wordBefore(text, m.start());
            String right = wordAfter(text, m.end());
            boolean keepHyphen = Character.isUpperCase(text.charAt(m.end()))
                    || keepsHyphen(words, left, right);
            int from = keepHyphen ? m.start() + 1 : m.start();
            edits.add(new MappedText.Edit(from, m.end(), "", false));
        }
        return edits;
    }

    private static boolean keepsHyphen(Set<String> words, String left, String right) {
        String joined = (left + right).toLowerCase();
        String hyphenated = (left + "-" + right).toLowerCase();
        if (words.contains(joined)) {
            return false;
        }
        if (words.contains(hyphenated)) {
            return true;
        }
        String lastPart = left.substring(left.lastIndexOf('-') + 1).toLowerCase();
        return NUMBER_WORDS.contains(lastPart) && words.contains(right.toLowerCase());
    }

    /** "a t" reads "at", "S O N" reads "SON"; a run of real one-letter words ("a", "I") is left. */
    List<MappedText.Edit> spacedLetterEdits(String text) {
        List<MappedText.Edit> edits = new ArrayList<>();
        Matcher m = SPACED_LETTERS.matcher(text);
        while (m.find()) {
            String run = m.group();
            String[] letters = run.split(" +");
            boolean allWords = true;
            for (String l : letters) {
                allWords &= SINGLE_LETTER_WORDS.contains(l);
            }
            if (allWords) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                if (text.charAt(i) == ' ') {
                    int j = i;
                    while (j < m.end() && text.charAt(j) == ' ') {
                        j++;
                    }
                    edits.add(new MappedText.Edit(i, j, "", false));
                    i = j - 1;
                }
            }
        }
        return edits;
    }

    /** Whitespace runs become one space, or a paragraph break where a blank line ends a paragraph. */
    List<MappedText.Edit> whitespaceEdits(String text) {
        List<MappedText.Edit> edits = new ArrayList<>();
        Matcher m = WHITESPACE.matcher(text);
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            if (b == 0 || e == text.length()) {
                edits.add(new MappedText.Edit(b, e, "", false));
                continue;
            }
            String ws = m.group();
            String replacement = " ";
            if (blankLine(ws) && endsParagraph(text, b, e)) {
                replacement = "\n\n";
            }
            if (!ws.equals(replacement)) {
                edits.add(new MappedText.Edit(b, e, replacement, false));
            }
        }
        return edits;
    }

    private static boolean blankLine(String ws) {
        int first = ws.indexOf('\n');
        return first >= 0 && ws.indexOf('\n', first + 1) >= 0;
    }

    /**
     * A blank line ends a paragraph unless the text runs on across it: the next line starts in
     * lower case, or the previous line is a full line of running text without a closing mark.
     */
    private static boolean endsParagraph(String text, int wsBegin, int wsEnd) {
        char next = text.charAt(wsEnd);
        if (Character.isLowerCase(next)) {
            return false;
        }
        char prev = text.charAt(wsBegin - 1);
        if (".!?:\"')*;".indexOf(prev) >= 0) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', wsBegin - 1) + 1;
        return wsBegin - lineStart < 40; // a short line is a heading
    }

    private static boolean atWordBoundary(String text, int b, int e, String raw) {
        boolean startsWord = Character.isLetterOrDigit(raw.charAt(0));
        boolean endsWord = Character.isLetterOrDigit(raw.charAt(raw.length() - 1));
        if (startsWord && b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
            return false;
        }
        return !(endsWord && e < text.length() && Character.isLetterOrDigit(text.charAt(e)));
    }

    private static List<MappedText.Edit> nonOverlapping(List<MappedText.Edit> edits) {
        edits.sort((x, y) -> x.begin() != y.begin() ? Integer.compare(x.begin(), y.begin())
                : Integer.compare(y.end() - y.begin(), x.end() - x.begin()));
        List<MappedText.Edit> kept = new ArrayList<>();
        int end = 0;
        for (MappedText.Edit e : edits) {
            if (e.begin() >= end) {
                kept.add(e);
                end = e.end();
            }
        }
        return kept;
    }

    /** Every word of the text in lower case, hyphenated compounds whole ("co-worker"). */
    private static Set<String> wordsOf(String text) {
        // a hand-written scan: this runs once per document and a regular expression was the
        // normaliser's most expensive step
        Set<String> words = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            while (i + 1 < n && text.charAt(i) == '-' && Character.isLetter(text.charAt(i + 1))) {
                i++;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            }
            words.add(text.substring(start, i).toLowerCase());
        }
        return words;
    }

    private static String wordBefore(String text, int hyphen) {
        int i = hyphen;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        return text.substring(i, hyphen);
    }

    private static String wordAfter(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(from, i);
    }
}
