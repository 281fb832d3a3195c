package kg.sedoff.server;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request path that names a resource of the graph, checked against the shapes the graph mints
 * (see {@link kg.sedoff.graph.Iris}). Anything else is not a resource: request text never reaches a
 * query, only an IRI built from a path that passed one of these patterns.
 */
record ResourcePath(Kind kind, String path) {

    enum Kind { ENTITY, DOCUMENT, DOCUMENT_PART, FACT, CO_MENTION }

    private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern ENTITY = Pattern.compile("id/" + SLUG);
    private static final Pattern DOCUMENT = Pattern.compile("doc/" + SLUG);
    private static final Pattern DOCUMENT_PART =
            Pattern.compile("doc/" + SLUG + "/(?:mention|sentence|evidence|paragraph)/[0-9]{1,9}-[0-9]{1,9}");
    // subject.predicate.object-or-value[.start], e.g. leon-sedov.memberOf.left-opposition.1923
    private static final Pattern FACT = Pattern.compile("fact/" + SLUG + "\\.[A-Za-z]+\\.[a-z0-9-]+(?:\\.[0-9-]+)?");
    private static final Pattern CO_MENTION = Pattern.compile("comention/" + SLUG + "--" + SLUG);

    /**
     * @param rawPath the request path as sent, still percent-encoded, e.g. "/id/leon-sedov"
     */
    static Optional<ResourcePath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() > 300) {
            return Optional.empty();
        }
        String p = rawPath.substring(1);
        if (ENTITY.matcher(p).matches()) {
            return Optional.of(new ResourcePath(Kind.ENTITY, p));
        }
        if (DOCUMENT.matcher(p).matches()) {
            return Optional.of(new ResourcePath(Kind.DOCUMENT, p));
        }
        if (DOCUMENT_PART.matcher(p).matches()) {
            return Optional.of(new ResourcePath(Kind.DOCUMENT_PART, p));
        }
        if (FACT.matcher(p).matches()) {
            return Optional.of(new ResourcePath(Kind.FACT, p));
        }
        if (CO_MENTION.matcher(p).matches()) {
            return Optional.of(new ResourcePath(Kind.CO_MENTION, p));
        }
        return Optional.empty();
    }

    /** Paths that try to climb out of their folder or hide a separator: refused outright. */
    static boolean isTraversal(String rawPath) {
        String lower = rawPath == null ? "" : rawPath.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("..") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")
                || lower.contains("%2e") || lower.contains("//");
    }

    /** The resource's IRI under the base the store was built with. */
    String iri(String base) {
        return base + path;
    }

    /** For a document or a part of one: the document's id. */
    String documentId() {
        String rest = path.substring("doc/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** For an entity: its slug. */
    String slug() {
        return path.substring(path.indexOf('/') + 1);
    }
}
