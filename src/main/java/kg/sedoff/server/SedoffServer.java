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
 * The embedded Fuseki server: the knowledge graph read-only at /sedoff, SPARQL query at
 * /sedoff/sparql and /sedoff/query, Graph Store Protocol read at /sedoff/get. There is no update
 * endpoint at all, so writes are refused whatever the request.
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
            DataService service = DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query, "")
                    .addEndpoint(Operation.GSP_R, "get")
                    .build();
            boolean loopbackOnly = host.equals("127.0.0.1") || host.equals("localhost");
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .enableCors(true, null)
                    .add(DATASET, service);
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
