package kg.sedoff.server;

/** Keyword in context: a span of the raw text with a little of what comes before and after it. */
record TextWindow(String before, String match, String after) {
    static final int WIDTH = 60;

    static TextWindow around(String text, int begin, int end) {
        int b = Math.max(0, Math.min(begin, text.length()));
        int e = Math.max(b, Math.min(end, text.length()));
        String before = oneLine(text.substring(Math.max(0, b - WIDTH), b));
        String after = oneLine(text.substring(e, Math.min(text.length(), e + WIDTH)));
        return new TextWindow((b > WIDTH ? "…" : "") + before, oneLine(text.substring(b, e)),
                after + (e + WIDTH < text.length() ? "…" : ""));
    }

    /** The scan's line breaks, as spaces, so a context fits on one line. */
    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
