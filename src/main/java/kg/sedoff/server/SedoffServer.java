package kg.sedoff.server;

import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server: the knowledge graph at /sedoff, SPARQL query at /sedoff/sparql and
 * /sedoff/query, Graph Store Protocol read at /sedoff/get. Read-only by default: there is no update
 * endpoint at all. Writes (SPARQL Update at /sedoff/update, Graph Store read-write at /sedoff/data)
 * exist only when turned on with a password file, and then only for its users (HTTP basic auth).
 * Queries time out, results are capped, oversized requests are refused.
 */
public final class SedoffServer {
    public static final String DATASET = "/sedoff";

    private final FusekiServer fuseki;

    private SedoffServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    public int port() {
        return fuseki.getPort();
    }

    /** The server's base URL, e.g. http://127.0.0.1:3030/ */
    public String url(String host) {
        return "http://" + host + ":" + port() + "/";
    }

    /** The address the server listens on, e.g. "localhost" when bound to loopback only. */
    public String boundHost() {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                return sc.getHost() == null ? "0.0.0.0" : sc.getHost();
            }
        }
        return "";
    }

    public SedoffServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    public void join() {
        fuseki.join();
    }

    /** Configuration in code, read top to bottom. */
    public static final class Builder {
        private int port = 3030;
        private String host = "127.0.0.1";
        private long queryTimeoutMillis = 30_000;
        private long maxResultRows = 100_000;
        private long maxRequestBytes = 1_000_000;
        private java.nio.file.Path writersPasswordFile;
        private DatasetGraph dataset;
        private Consumer<FusekiServer.Builder> extras = b -> { };

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder queryTimeoutMillis(long millis) {
            this.queryTimeoutMillis = millis;
            return this;
        }

        /** Results beyond this many rows are cut off (a LIMIT is applied). */
        public Builder maxResultRows(long rows) {
            this.maxResultRows = rows;
            return this;
        }

        /** Request bodies larger than this are refused with 413. */
        public Builder maxRequestBytes(long bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * Turns writes on, for the users in a Jetty-style password file ("user: password" per line)
         * only, over HTTP basic authentication.
         */
        public Builder allowWritesFor(java.nio.file.Path passwordFile) {
            this.writersPasswordFile = passwordFile;
            return this;
        }

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Adds servlets and filters (pages, linked data) to the same server. */
        public Builder with(Consumer<FusekiServer.Builder> more) {
            this.extras = this.extras.andThen(more);
            return this;
        }

        public SedoffServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset");
            }
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
            DataService.Builder service = DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query, "")
                    .addEndpoint(Operation.GSP_R, "get");
            boolean loopbackOnly = host.equals("127.0.0.1") || host.equals("localhost");
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .enableCors(true, null)
                    .registerOperation(Operation.Query, new CappedQuery(maxResultRows))
                    .addFilter("/*", new RequestLimits(maxRequestBytes));
            if (writersPasswordFile != null) {
                java.util.List<String> users = PasswordFile.users(writersPasswordFile);
                org.apache.jena.fuseki.auth.AuthPolicy writers = org.apache.jena.fuseki.auth.Auth.policyAllowSpecific(users);
                service.addEndpoint(Operation.Update, "update", writers)
                        .addEndpoint(Operation.GSP_RW, "data", writers);
                b.passwordFile(writersPasswordFile.toString()).auth(org.apache.jena.atlas.web.AuthScheme.BASIC);
            }
            b.add(DATASET, service.build());
            extras.accept(b);
            FusekiServer server = b.build();
            if (!loopbackOnly) {
                for (Connector c : server.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost(host);
                    }
                }
            }
            return new SedoffServer(server);
        }
    }
}
