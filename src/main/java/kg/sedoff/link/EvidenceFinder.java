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
 * A quote must occur exactly once in the whole corpus.
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
    private final List<String> order = new ArrayList<>();

    public EvidenceFinder(List<Document> documents) {
        for (Document d : documents) {
            skeletons.put(d.id(), skeleton(d.raw()));
            order.add(d.id());
        }
    }

    public Result find(String quote) {
        String q = skeleton(quote).chars();
        if (q.isEmpty()) {
            return new Result(null, 0);
        }
        Found found = null;
        int count = 0;
        for (String id : order) {
            Skeleton s = skeletons.get(id);
            for (int at = s.chars().indexOf(q); at >= 0; at = s.chars().indexOf(q, at + 1)) {
                count++;
                if (found == null) {
                    int b = s.rawIndex()[at];
                    int e = s.rawIndex()[at + q.length() - 1] + 1;
                    found = new Found(id, new Span(b, e));
                }
            }
        }
        return new Result(found, count);
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
