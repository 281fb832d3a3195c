package kg.sedoff.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens for matching names: runs of letters and digits, and single punctuation marks.
 * Whitespace separates tokens and is otherwise ignored, so "G. P. U." and "G.P.U." read alike.
 */
final class Tokens {
    /** Token i covers [begin[i], end[i]) of the text. */
    final String text;
    final int[] begin;
    final int[] end;
    final int size;

    private Tokens(String text, int[] begin, int[] end, int size) {
        this.text = text;
        this.begin = begin;
        this.end = end;
        this.size = size;
    }

    static Tokens of(String text) {
        int n = text.length();
        int[] b = new int[Math.max(4, n / 3)];
        int[] e = new int[b.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            if (count == b.length) {
                b = java.util.Arrays.copyOf(b, count * 2);
                e = java.util.Arrays.copyOf(e, count * 2);
            }
            b[count] = start;
            e[count] = i;
            count++;
        }
        return new Tokens(text, b, e, count);
    }

    String get(int i) {
        return text.substring(begin[i], end[i]);
    }

    boolean equalsAt(int i, String token) {
        int len = end[i] - begin[i];
        return len == token.length() && text.regionMatches(begin[i], token, 0, len);
    }

    static List<String> split(String s) {
        Tokens t = of(s);
        List<String> out = new ArrayList<>(t.size);
        for (int i = 0; i < t.size; i++) {
            out.add(t.get(i));
        }
        return out;
    }
}
