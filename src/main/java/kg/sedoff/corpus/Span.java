package kg.sedoff.corpus;

/** A half-open character range [begin, end) in a document's raw text. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public String of(String text) {
        return text.substring(begin, end);
    }
}
