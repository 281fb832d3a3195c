package kg.sedoff.corpus;

import java.util.List;

/**
 * A text derived from a raw text, with an exact map back: character i of {@link #text()} came from
 * raw characters [rawBegin[i], rawEnd[i]). Each normalisation step takes a MappedText and returns
 * one, so maps compose and a span found in the normalised text always has its raw span.
 */
public final class MappedText {
    /** A replacement of [begin, end) of this text by {@code replacement}; empty means delete. */
    public record Edit(int begin, int end, String replacement, boolean correction) {
    }

    private final String text;
    private final int[] rawBegin;
    private final int[] rawEnd;
    private final boolean[] corrected;

    private MappedText(String text, int[] rawBegin, int[] rawEnd, boolean[] corrected) {
        this.text = text;
        this.rawBegin = rawBegin;
        this.rawEnd = rawEnd;
        this.corrected = corrected;
    }

    /** The identity map over a raw text. */
    public static MappedText of(String raw) {
        int n = raw.length();
        int[] b = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            b[i] = i;
            e[i] = i + 1;
        }
        return new MappedText(raw, b, e, new boolean[n]);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The raw span of the derived range [begin, end); end > begin. */
    public Span rawSpan(int begin, int end) {
        return new Span(rawBegin[begin], rawEnd[end - 1]);
    }

    /** True if any character in [begin, end) came from a curated OCR correction. */
    public boolean touchesCorrection(int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (corrected[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies non-overlapping edits, sorted by begin. A replacement's characters map to the raw
     * span of the whole range they replace.
     */
    public MappedText apply(List<Edit> edits) {
        if (edits.isEmpty()) {
            return this;
        }
        StringBuilder out = new StringBuilder(text.length());
        IntList b = new IntList(text.length());
        IntList e = new IntList(text.length());
        BoolList c = new BoolList(text.length());
        int pos = 0;
        for (Edit edit : edits) {
            if (edit.begin() < pos || edit.end() <= edit.begin() || edit.end() > text.length()) {
                throw new IllegalArgumentException("overlapping or empty edit " + edit + " at " + pos);
            }
            copy(pos, edit.begin(), out, b, e, c);
            int rb = rawBegin[edit.begin()];
            int re = rawEnd[edit.end() - 1];
            boolean wasCorrected = edit.correction() || touchesCorrection(edit.begin(), edit.end());
            for (int k = 0; k < edit.replacement().length(); k++) {
                out.append(edit.replacement().charAt(k));
                b.add(rb);
                e.add(re);
                c.add(wasCorrected);
            }
            pos = edit.end();
        }
        copy(pos, text.length(), out, b, e, c);
        return new MappedText(out.toString(), b.toArray(), e.toArray(), c.toArray());
    }

    /** Copies the unedited characters [from, to) and their map, in bulk: most of a text is unedited. */
    private void copy(int from, int to, StringBuilder out, IntList b, IntList e, BoolList c) {
        out.append(text, from, to);
        b.addAll(rawBegin, from, to);
        e.addAll(rawEnd, from, to);
        c.addAll(corrected, from, to);
    }

    private static final class IntList {
        private int[] a;
        private int n;

        IntList(int capacity) {
            a = new int[Math.max(16, capacity)];
        }

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        void addAll(int[] src, int from, int to) {
            int len = to - from;
            if (n + len > a.length) {
                a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, n + len));
            }
            System.arraycopy(src, from, a, n, len);
            n += len;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }

    private static final class BoolList {
        private boolean[] a;
        private int n;

        BoolList(int capacity) {
            a = new boolean[Math.max(16, capacity)];
        }

        void add(boolean v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        void addAll(boolean[] src, int from, int to) {
            int len = to - from;
            if (n + len > a.length) {
                a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, n + len));
            }
            System.arraycopy(src, from, a, n, len);
            n += len;
        }

        boolean[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
