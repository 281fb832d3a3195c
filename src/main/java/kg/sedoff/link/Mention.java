package kg.sedoff.link;

import kg.sedoff.corpus.Span;

/**
 * A place where a document names an entity, or describes it by a role phrase ({@code description}:
 * "our son"). {@code span} is in the raw text, and {@code anchor} is exactly
 * raw.substring(span.begin(), span.end()).
 */
public record Mention(String documentId, String entityId, Span span, String anchor, String alias,
                      MatchMethod method, boolean description) {

    /** A mention by name (not a role phrase). */
    public Mention(String documentId, String entityId, Span span, String anchor, String alias, MatchMethod method) {
        this(documentId, entityId, span, anchor, alias, method, false);
    }
}
