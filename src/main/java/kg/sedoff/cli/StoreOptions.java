package kg.sedoff.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store lives; shared by every command that reads it. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "Store directory (default: ${DEFAULT-VALUE}). Holds TDB2 generations and a 'current' link.")
    Path store;
}
