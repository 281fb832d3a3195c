package kg.sedoff.catalog;

import kg.sedoff.input.Source;

/**
 * A description that refers to an entity in one document ("our son" is Leon Sedov in Trotsky's
 * obituary, and nobody in particular elsewhere). Its mentions are marked as descriptions, not names.
 */
public record RolePhrase(String documentId, String phrase, String entityId, Source source) {
}
