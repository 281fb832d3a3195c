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
        SedoffServer server = SedoffServer.create()
                .port(port).host(host).queryTimeoutMillis(timeoutSeconds * 1000)
                .dataset(dsg)
                .build()
                .start();
        String url = server.url(host.equals("0.0.0.0") ? "localhost" : host);
        PrintWriter out = spec.commandLine().getOut();
        out.println("sedoff-kg is serving " + store.store);
        out.println("  SPARQL query:      " + url + "sedoff/sparql  (also " + url + "sedoff/query)");
        out.println("  Graph Store (read): " + url + "sedoff/get");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }
}
