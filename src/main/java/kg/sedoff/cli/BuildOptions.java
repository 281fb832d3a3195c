package kg.sedoff.cli;

import java.nio.file.Path;
import kg.sedoff.graph.Iris;
import picocli.CommandLine.Option;

/** What a build reads and how it names things. */
public final class BuildOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data directory with documents.csv, entities.csv, relations.csv, ocr-corrections.csv "
                    + "and the corpus texts (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Directory with sedoff.ttl and shapes.ttl (default: DATA/../ontology, else the bundled copy).")
    Path ontology;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI for everything minted; entities are BASE/id/SLUG (default: ${DEFAULT-VALUE}).")
    String base;
}
