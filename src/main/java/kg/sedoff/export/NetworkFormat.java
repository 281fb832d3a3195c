package kg.sedoff.export;

import java.util.Arrays;
import java.util.Optional;

/** The network-graph formats, for tools that draw and measure networks rather than query RDF. */
public enum NetworkFormat {
    GEXF("gexf", "application/gexf+xml"),
    GRAPHML("graphml", "application/graphml+xml"),
    CYJS("cyjs", "application/json");

    private final String name;
    private final String mediaType;

    NetworkFormat(String name, String mediaType) {
        this.name = name;
        this.mediaType = mediaType;
    }

    /** The --format name, also the usual file extension. */
    public String fileName() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<NetworkFormat> parse(String s) {
        return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(s)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
