package kg.sedoff.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kg.sedoff.server.SedoffServer;
import kg.sedoff.store.Store;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** serve: the store behind embedded Fuseki, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the SPARQL endpoint (read-only) on the store, building it first if there is none.",
                "A rebuild while serving does not change what this server answers: restart it to serve the new store."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    BuildOptions build;
    @Mixin
    StoreOptions store;
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;
    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;
    @Option(names = "--max-results", defaultValue = "100000", paramLabel = "ROWS",
            description = "Most rows a query may return (default: ${DEFAULT-VALUE}).")
    long maxResults;
    @Option(names = "--allow-writes", paramLabel = "PASSWORD-FILE",
            description = {"Turn on SPARQL Update (/sedoff/update) and Graph Store writes (/sedoff/data) for the users "
                    + "in this file (lines 'user: password'), over HTTP basic auth. Off by default.",
                    "Writes change the live store; a later 'build' replaces it."})
    java.nio.file.Path writersPasswordFile;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Store.open(store.store).isEmpty()) {
            err.println("no store at " + store.store + "; building it first");
            BuildCommand.run(build, store, err);
        }
        DatasetGraph dsg = Store.open(store.store).orElseThrow(() -> new CliException("no store at " + store.store));
        if (writersPasswordFile != null && !java.nio.file.Files.isReadable(writersPasswordFile)) {
            throw new CliException("cannot read the password file " + writersPasswordFile, 2);
        }
        SedoffServer.Builder builder = SedoffServer.create()
                .port(port).host(host).queryTimeoutMillis(timeoutSeconds * 1000)
                .maxResultRows(maxResults);
        if (writersPasswordFile != null) {
            builder.allowWritesFor(writersPasswordFile);
        }
        SedoffServer server = builder
                .dataset(dsg)
                .with(kg.sedoff.server.LinkedDataSite.install(dsg, Store.base(store.store).orElse(kg.sedoff.graph.Iris.DEFAULT_BASE)))
                .build()
                .start();
        String url = server.url(host.equals("0.0.0.0") ? "localhost" : host);
        PrintWriter out = spec.commandLine().getOut();
        out.println("sedoff-kg is serving " + store.store);
        out.println("  Browse:            " + url + "  (entity pages, documents, search, downloads)");
        out.println("  SPARQL query:      " + url + "sedoff/sparql  (also " + url + "sedoff/query)");
        out.println("  Graph Store (read): " + url + "sedoff/get");
        if (writersPasswordFile != null) {
            out.println("  WRITES ENABLED for the users in " + writersPasswordFile + ": " + url + "sedoff/update, " + url + "sedoff/data");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }
}
