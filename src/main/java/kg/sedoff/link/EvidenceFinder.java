package kg.sedoff.link;

import java.util.ArrayList;
import java.util.HashMap;
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

    private final Map<String, Skeleton> skeletons = new HashMap<>();
    private final List<Document> order;

    public EvidenceFinder(List<Document> documents) {
        this.order = List.copyOf(documents);
    }

    public Result find(String quote) {
        String q = skeleton(quote).chars();
        if (q.isEmpty()) {
            return new Result(null, 0);
        }
        for (Document d : order) {
            String id = d.id();
            // computed when first needed: most quotes are found in the first document
            Skeleton s = skeletons.computeIfAbsent(id, k -> skeleton(d.raw()));
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
            return new Result(new Found(id, new Span(b, e)), count);
        }
        return new Result(null, 0);
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
