package kg.sedoff.export;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF dump formats. Triple-only formats carry the union of all graphs. */
public enum ExportFormat {
    TTL("ttl", RDFFormat.TURTLE_BLOCKS, false, "text/turtle"),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, true, "application/trig"),
    NQ("nq", RDFFormat.NQUADS, true, "application/n-quads"),
    NT("nt", RDFFormat.NTRIPLES, false, "application/n-triples"),
    JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY, true, "application/ld+json"),
    RDFXML("rdfxml", RDFFormat.RDFXML_PLAIN, false, "application/rdf+xml");

    private final String name;
    private final RDFFormat format;
    private final boolean quads;
    private final String mediaType;

    ExportFormat(String name, RDFFormat format, boolean quads, String mediaType) {
        this.name = name;
        this.format = format;
        this.quads = quads;
        this.mediaType = mediaType;
    }

    public String fileName() {
        return name;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public Lang lang() {
        return format.getLang();
    }

    /** True when the format keeps named graphs. */
    public boolean keepsGraphs() {
        return quads;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ExportFormat> parse(String s) {
        return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(s)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
