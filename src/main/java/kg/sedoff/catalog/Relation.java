package kg.sedoff.catalog;

import kg.sedoff.input.Source;

/**
 * A fact the text states: subject, predicate and either an object entity or a literal value,
 * optionally qualified by when it held, with the verbatim quote that supports it.
 */
public record Relation(String subject, Predicate predicate, String object, String value,
                       String start, String end, String evidence, Source source) {

    public boolean hasObjectEntity() {
        return object != null && !object.isEmpty();
    }
}
