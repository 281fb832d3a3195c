package kg.sedoff.server;

import java.util.Locale;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;

/**
 * Turns IRIs into links. IRIs under the store's base become paths on this server, so the pages work
 * on whatever host and port serve them; other IRIs (Wikidata, schema.org) stay as they are.
 */
final class SiteLinks {
    private final String base;

    SiteLinks(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    boolean isLocal(Node n) {
        return n.isURI() && n.getURI().startsWith(base);
    }

    /** "/id/leon-sedov" for a local IRI; the IRI itself otherwise. */
    String href(Node n) {
        return href(n.getURI());
    }

    String href(String iri) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }

    Node entity(String slug) {
        return Vocab.uri(base + "id/" + slug);
    }

    Node document(String docId) {
        return Vocab.uri(base + "doc/" + docId);
    }

    /** The document an IRI belongs to ({base}doc/{id}/...), or null. */
    String documentIdOf(Node n) {
        if (!isLocal(n)) {
            return null;
        }
        String rest = n.getURI().substring(base.length());
        if (!rest.startsWith("doc/")) {
            return null;
        }
        rest = rest.substring(4);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** A short readable name for a term: "schema:parent", "sedoff:defendant", or the IRI. */
    static String curie(String iri) {
        String[][] prefixes = {
            {Vocab.SCHEMA, "schema:"}, {Vocab.SEDOFF, "sedoff:"}, {Vocab.RDF, "rdf:"}, {Vocab.RDFS, "rdfs:"},
            {Vocab.OWL, "owl:"}, {Vocab.SKOS, "skos:"}, {Vocab.NIF, "nif:"}, {Vocab.ITSRDF, "itsrdf:"},
            {Vocab.DCTERMS, "dcterms:"}, {Vocab.XSD, "xsd:"}, {Vocab.WIKIDATA, "wd:"},
        };
        for (String[] p : prefixes) {
            if (iri.startsWith(p[0])) {
                return p[1] + iri.substring(p[0].length());
            }
        }
        return iri;
    }

    /** "parentOrganization" as "parent organization", for terms without a label. */
    static String words(String localName) {
        return localName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }
}
