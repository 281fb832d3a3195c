package kg.sedoff.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.Span;

/**
 * Finds a curator's evidence quote in the raw texts. Whitespace and hyphens are ignored on both
 * sides, so a quote typed as a reader reads it ("revolution") finds the scan's "revolu- \ntion".
 * A quote belongs to the first document (in documents.csv order) that contains it, and must occur
 * exactly once there; later copies of the same text (another edition, a reprint) do not make it
 * ambiguous.
 */
public final class EvidenceFinder {
    /** Where a quote was found: document and raw span. */
    public record Found(String documentId, Span span) {
    }

    /** The outcome: found once, or why not. */
    public record Result(Found found, int occurrences) {
        public boolean unique() {
            return occurrences == 1;
        }
    }

    private record Skeleton(String chars, int[] rawIndex) {
    }

    private static final Result NOT_FOUND = new Result(null, 0);

    private final List<Document> order;

    public EvidenceFinder(List<Document> documents) {
        this.order = List.copyOf(documents);
    }

    public Result find(String quote) {
        return findAll(List.of(quote)).get(quote);
    }

    /**
     * Every quote, in one pass over the documents in order: each text is read once and let go
     * before the next, however many quotes and documents there are.
     */
    public Map<String, Result> findAll(Collection<String> quotes) {
        Map<String, Result> results = new HashMap<>();
        Map<String, String> pending = new LinkedHashMap<>();
        for (String quote : quotes) {
            String q = skeleton(quote).chars();
            if (q.isEmpty()) {
                results.put(quote, NOT_FOUND);
            } else {
                pending.put(quote, q);
            }
        }
        for (Iterator<Document> docs = order.iterator(); docs.hasNext() && !pending.isEmpty(); ) {
            Document d = docs.next();
            Skeleton s = skeleton(d.raw());
            for (Iterator<Map.Entry<String, String>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, String> quote = it.next();
                String q = quote.getValue();
                int at = s.chars().indexOf(q);
                if (at < 0) {
                    continue;
                }
                int count = 0;
                for (int k = at; k >= 0; k = s.chars().indexOf(q, k + 1)) {
                    count++;
                }
                int b = s.rawIndex()[at];
                int e = s.rawIndex()[at + q.length() - 1] + 1;
                results.put(quote.getKey(), new Result(new Found(d.id(), new Span(b, e)), count));
                it.remove();
            }
        }
        pending.keySet().forEach(quote -> results.put(quote, NOT_FOUND));
        return results;
    }

    private static Skeleton skeleton(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] idx = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '-') {
                continue;
            }
            idx[sb.length()] = i;
            sb.append(c);
        }
        return new Skeleton(sb.toString(), java.util.Arrays.copyOf(idx, sb.length()));
    }
}
