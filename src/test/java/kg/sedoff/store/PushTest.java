package kg.sedoff.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kg.sedoff.TestStore;
import kg.sedoff.cli.Main;
import kg.sedoff.server.SedoffServer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** push, as a user meets it: every graph arrives whole at a second Fuseki, and failures say why. */
class PushTest {
    @TempDir
    Path tmp;

    record Run(int exit, String err) {
    }

    static Run push(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 3];
        all[0] = "push";
        all[1] = "--store";
        all[2] = TestStore.storeDir().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return new Run(cl.execute(all), err.toString());
    }

    @Test
    void everyGraphArrivesWithAllItsTriples() {
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", target, true).build().start();
        try {
            Run r = push("--to", "http://127.0.0.1:" + fuseki.getPort() + "/ds/data");
            assertEquals(0, r.exit(), r.err());
            Map<Node, Long> expected = tripleCounts(TestStore.dataset());
            assertEquals(expected, tripleCounts(target));
            long total = expected.values().stream().mapToLong(Long::longValue).sum();
            assertTrue(r.err().contains("pushed " + expected.size() + " graphs, " + total + " triples"), r.err());
            assertTrue(r.err().contains("graph 1/" + expected.size()), "progress per graph:\n" + r.err());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void aWrongPasswordIsAClearErrorAndTheRightOneWorks() throws IOException {
        Path users = tmp.resolve("users");
        Files.writeString(users, "curator: s3cret\n");
        Path wrong = tmp.resolve("wrong");
        Files.writeString(wrong, "guess\n");
        Path right = tmp.resolve("right");
        Files.writeString(right, "s3cret\n");
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        SedoffServer server = SedoffServer.create().port(0).allowWritesFor(users).dataset(target).build().start();
        try {
            String url = "http://127.0.0.1:" + server.port() + "/sedoff/data";
            Run refused = push("--to", url, "--user", "curator", "--password-file", wrong.toString());
            assertEquals(1, refused.exit(), refused.err());
            assertTrue(refused.err().contains("refused the credentials (HTTP 401)"), refused.err());
            assertNoStackTrace(refused.err());
            assertTrue(tripleCounts(target).isEmpty(), "nothing was written");

            Run ok = push("--to", url, "--user", "curator", "--password-file", right.toString());
            assertEquals(0, ok.exit(), ok.err());
            assertEquals(tripleCounts(TestStore.dataset()), tripleCounts(target));
        } finally {
            server.stop();
        }
    }

    @Test
    void anUnreachableEndpointIsAClearError() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = push("--to", "http://127.0.0.1:" + port + "/ds/data");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("cannot reach"), r.err());
        assertNoStackTrace(r.err());
    }

    @Test
    void aMissingPasswordFileIsAClearError() {
        Run r = push("--to", "http://127.0.0.1:1/ds/data", "--user", "curator", "--password-file", tmp.resolve("none").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("cannot read the password file"), r.err());
    }

    private static Map<Node, Long> tripleCounts(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, Long> counts = new HashMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> counts.put(g, (long) dsg.getGraph(g).size()));
            counts.values().removeIf(n -> n == 0);
            return counts;
        });
    }

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "stack trace or exception name:\n" + err);
    }
}
