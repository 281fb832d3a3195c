package kg.sedoff.server;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The ways a resource can be sent: a page for people, or one of four RDF syntaxes for programs. */
enum Representation {
    HTML("html", "text/html", List.of("text/html", "application/xhtml+xml"), null),
    TURTLE("ttl", "text/turtle", List.of("text/turtle", "application/x-turtle"), RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", List.of("application/ld+json"), RDFFormat.JSONLD11_PRETTY),
    RDFXML("rdfxml", "application/rdf+xml", List.of("application/rdf+xml"), RDFFormat.RDFXML_PLAIN),
    NTRIPLES("nt", "application/n-triples", List.of("application/n-triples"), RDFFormat.NTRIPLES_UTF8);

    private final String formatKey;
    private final String mediaType;
    private final List<String> acceptedTypes;
    private final RDFFormat rdfFormat;

    Representation(String formatKey, String mediaType, List<String> acceptedTypes, RDFFormat rdfFormat) {
        this.formatKey = formatKey;
        this.mediaType = mediaType;
        this.acceptedTypes = acceptedTypes;
        this.rdfFormat = rdfFormat;
    }

    /** The value of ?format= that asks for this representation. */
    String formatKey() {
        return formatKey;
    }

    String mediaType() {
        return mediaType;
    }

    List<String> acceptedTypes() {
        return acceptedTypes;
    }

    /** Null for HTML. */
    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    boolean isRdf() {
        return rdfFormat != null;
    }

    static Optional<Representation> ofFormatKey(String key) {
        for (Representation r : values()) {
            if (r.formatKey.equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
