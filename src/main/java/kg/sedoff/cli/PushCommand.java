package kg.sedoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kg.sedoff.store.GraphStorePush;
import kg.sedoff.store.Store;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** push: the built dataset into a remote Graph Store Protocol endpoint, graph by graph. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Loads the built dataset into a remote SPARQL 1.1 Graph Store Protocol endpoint",
                "(e.g. a clustered triplestore), one HTTP PUT of N-Triples per named graph, streamed.",
                "Each graph on the remote side is replaced by the store's copy."})
public final class PushCommand implements Callable<Integer> {
    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The Graph Store Protocol endpoint, e.g. http://host:3030/ds/data; each graph goes to URL?graph=G.")
    String to;
    @Option(names = "--user", paramLabel = "USER", description = "User for HTTP basic authentication.")
    String user;
    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password for --user (kept out of the command line and shell history).")
    Path passwordFile;
    @Mixin
    StoreOptions store;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        URI endpoint = endpoint(to);
        String password = password();
        DatasetGraph dsg = Store.open(store.store).orElseThrow(() ->
                new CliException("no store at " + store.store + "; run 'build' first", 3));
        PrintWriter err = spec.commandLine().getErr();
        err.println("pushing " + store.store + " to " + endpoint);
        err.flush();
        long t0 = System.nanoTime();
        List<GraphStorePush.Pushed> pushed;
        try {
            pushed = new GraphStorePush(endpoint, user, password).push(dsg, (p, i, total) -> {
                err.printf("  graph %d/%d %s: %d triples in %.1f s%n", i, total, p.graph().getURI(), p.triples(), p.seconds());
                err.flush();
            });
        } catch (GraphStorePush.Failure e) {
            throw new CliException(e.getMessage(), 1);
        }
        long triples = pushed.stream().mapToLong(GraphStorePush.Pushed::triples).sum();
        err.printf("pushed %d graphs, %d triples to %s in %.1f s%n", pushed.size(), triples, endpoint,
                (System.nanoTime() - t0) / 1e9);
        err.flush();
        return 0;
    }

    private static URI endpoint(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
                throw new CliException("--to must be an http(s) URL, e.g. http://localhost:3030/ds/data", 2);
            }
            return u;
        } catch (URISyntaxException e) {
            throw new CliException("--to is not a valid URL: " + e.getMessage(), 2);
        }
    }

    private String password() {
        if (user == null && passwordFile == null) {
            return null;
        }
        if (user == null || passwordFile == null) {
            throw new CliException("--user and --password-file go together", 2);
        }
        try {
            List<String> lines = Files.readAllLines(passwordFile);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new CliException("the password file " + passwordFile + " is empty; its first line is the password", 2);
            }
            return lines.get(0);
        } catch (IOException e) {
            throw new CliException("cannot read the password file " + passwordFile, 2);
        }
    }
}
