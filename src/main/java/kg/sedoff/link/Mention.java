package kg.sedoff.link;

import kg.sedoff.corpus.Span;

/**
 * A place where a document names an entity. {@code span} is in the raw text, and
 * {@code anchor} is exactly raw.substring(span.begin(), span.end()).
 */
public record Mention(String documentId, String entityId, Span span, String anchor, String alias,
                      MatchMethod method) {
}
