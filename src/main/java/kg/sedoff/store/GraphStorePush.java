package kg.sedoff.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Copies every named graph of a dataset into a remote SPARQL 1.1 Graph Store Protocol endpoint, one
 * HTTP PUT per graph ({@code URL?graph=G}, N-Triples). This is the way into a clustered
 * triplestore when one machine is not enough.
 *
 * <p>Each graph is streamed: a writer thread reads it from the store (in its own read transaction,
 * since TDB2 transactions belong to a thread) and writes N-Triples into a pipe that the HTTP client
 * sends as a chunked body, so no graph is ever held in memory whole. Requests ask
 * {@code Expect: 100-continue}, so a server that refuses the credentials answers before any data
 * is sent.
 */
public final class GraphStorePush {
    /** A push that could not be completed, with a message a user can act on. */
    public static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    /** One graph sent: its name, its triples, and how long it took. */
    public record Pushed(Node graph, long triples, double seconds) {
    }

    /** Told about each graph as soon as it has arrived. */
    @FunctionalInterface
    public interface Listener {
        void pushed(Pushed graph, int index, int total);
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final Optional<String> authorization;
    private final HttpClient http;

    /**
     * @param endpoint the Graph Store Protocol URL, e.g. http://host:3030/ds/data
     * @param user     null for no authentication
     * @param password used only with a user
     */
    public GraphStorePush(URI endpoint, String user, String password) {
        this.endpoint = endpoint;
        this.authorization = user == null ? Optional.empty() : Optional.of("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        // HTTP/1.1: chunked streaming bodies, no h2c upgrade dance with servers that do not speak it
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** Sends every named graph; returns what was sent, in order. */
    public List<Pushed> push(DatasetGraph dsg, Listener listener) {
        List<Node> graphs = Txn.calculateRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
        List<Pushed> done = new ArrayList<>();
        for (int i = 0; i < graphs.size(); i++) {
            Pushed p = pushGraph(dsg, graphs.get(i));
            done.add(p);
            listener.pushed(p, i + 1, graphs.size());
        }
        return done;
    }

    private Pushed pushGraph(DatasetGraph dsg, Node graph) {
        long t0 = System.nanoTime();
        Pipe pipe;
        try {
            pipe = Pipe.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicLong triples = new AtomicLong();
        AtomicReference<Throwable> writeError = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Channels.newOutputStream(pipe.sink())) {
                writeNTriples(dsg, graph, out, triples);
            } catch (Throwable e) {
                writeError.set(e);
            }
        }, "push-" + graph.getURI());
        writer.setDaemon(true);

        HttpRequest.Builder request = HttpRequest.newBuilder(target(graph))
                .expectContinue(true)
                .header("Content-Type", "application/n-triples; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> Channels.newInputStream(pipe.source())));
        authorization.ifPresent(a -> request.header("Authorization", a));

        HttpResponse<String> response;
        writer.start();
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new Failure("cannot reach " + endpoint + ": no answer within " + CONNECT_TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new Failure("cannot reach " + endpoint + ": connection refused (is the server running, and the URL right?)");
        } catch (HttpTimeoutException e) {
            throw new Failure("the endpoint " + endpoint + " timed out while receiving " + graph.getURI());
        } catch (IOException e) {
            throw new Failure("sending " + graph.getURI() + " to " + endpoint + " failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while sending " + graph.getURI());
        } finally {
            // a reader that stopped early (an error answer) must not leave the writer blocked on a full pipe
            closeQuietly(pipe.source());
            joinQuietly(writer);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new Failure(endpoint + " refused the credentials (HTTP " + status + ")"
                    + (authorization.isEmpty() ? "; it needs --user and --password-file" : "; check --user and the password file"));
        }
        if (status < 200 || status >= 300) {
            throw new Failure(endpoint + " answered HTTP " + status + " to " + graph.getURI() + summary(response.body()));
        }
        if (writeError.get() != null) {
            throw new Failure("reading " + graph.getURI() + " from the store failed: " + describe(writeError.get()));
        }
        return new Pushed(graph, triples.get(), (System.nanoTime() - t0) / 1e9);
    }

    private static void writeNTriples(DatasetGraph dsg, Node graph, OutputStream out, AtomicLong count) {
        Txn.executeRead(dsg, () -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
            stream.start();
            Iterator<Triple> it = dsg.getGraph(graph).find();
            while (it.hasNext()) {
                stream.triple(it.next());
                count.incrementAndGet();
            }
            stream.finish();
        });
    }

    private URI target(Node graph) {
        String s = endpoint.toString();
        String sep = endpoint.getRawQuery() == null ? "?" : "&";
        return URI.create(s + sep + "graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8));
    }

    private static String summary(String body) {
        String s = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return "";
        }
        return ": " + (s.length() > 200 ? s.substring(0, 197) + "..." : s);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return msg == null || msg.isBlank() ? root.getClass().getSimpleName() : msg;
    }

    private static void closeQuietly(java.nio.channels.Channel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing only to release the writer
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
