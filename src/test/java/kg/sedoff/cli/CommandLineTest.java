package kg.sedoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import kg.sedoff.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a curator meets it: help, exit codes, errors without stack traces. */
class CommandLineTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommand() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        for (String cmd : new String[] {"build", "serve", "query", "export", "candidates"}) {
            assertTrue(r.out().contains(cmd), cmd + " missing from help:\n" + r.out());
        }
    }

    @Test
    void brokenInputExitsTwoWithFileAndLineAndNoStackTrace() throws IOException {
        Path data = TestStore.copyOfData(tmp);
        Files.writeString(data.resolve("relations.csv"), "leon-sedov,schema:parent,nobody,,,,Leon\n", StandardOpenOption.APPEND);
        long line = Files.readAllLines(data.resolve("relations.csv")).size();
        Run r = run("build", "--data", data.toString(), "--store", tmp.resolve("store").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("relations.csv:" + line + ": unknown object 'nobody'"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace:\n" + r.err());
        assertTrue(!Files.exists(tmp.resolve("store").resolve("current")), "nothing was published");
    }

    @Test
    void buildPrintsASummary() throws IOException {
        Path data = TestStore.copyOfData(tmp);
        Run r = run("build", "--data", data.toString(), "--store", tmp.resolve("store").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().matches("(?s).*built .*: 1 document, \\d+ entities, \\d+ relations, \\d+ mentions, \\d+ sentences, \\d+ quads in [0-9.]+ s.*"), r.err());
    }

    @Test
    void queryWithoutAStoreSaysSo() {
        Run r = run("query", "--store", tmp.resolve("none").toString(), "--query", "ASK {}");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("no store at"), r.err());
    }

    @Test
    void unparsableQueryIsAnErrorNotACrash() {
        Run r = run("query", "--store", TestStore.storeDir().toString(), "--query", "SELECT WHERE {");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("does not parse"), r.err());
    }

    @Test
    void badBaseIriIsRefused() {
        Run r = run("build", "--base", "not an iri", "--store", tmp.resolve("s").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--base"), r.err());
    }
}
