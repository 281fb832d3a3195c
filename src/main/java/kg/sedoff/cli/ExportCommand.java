package kg.sedoff.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import kg.sedoff.export.Dump;
import kg.sedoff.store.Store;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** export: the whole dataset as an RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole dataset to a file.",
                "trig, nq and jsonld keep the named graphs; ttl, nt and rdfxml hold the union of all graphs.",
                "gexf (Gephi), graphml (networkx, Cytoscape) and cyjs (Cytoscape.js) hold the network: entities as nodes,",
                "facts between entities as directed edges, co-mentions as weighted edges marked kind=co-mention (mutual in GEXF, one direction in GraphML and JSON)."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ttl, trig, nq, nt, jsonld, rdfxml, gexf, graphml or cyjs.")
    String format;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write; '-' for standard output.")
    Path out;
    @Mixin
    StoreOptions store;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Dump f = Dump.byName(format).orElseThrow(() ->
                new CliException("unknown --format '" + format + "'; use one of: " + Dump.names(), 2));
        DatasetGraph dsg = Store.open(store.store).orElseThrow(() ->
                new CliException("no store at " + store.store + "; run 'build' first", 3));
        if (out.toString().equals("-")) {
            f.write(dsg, System.out);
            System.out.flush();
            return 0;
        }
        // write beside the target and rename, so a failed export never leaves half a file
        Path abs = out.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".part");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            f.write(dsg, os);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getErr().println("wrote " + out + " (" + f.name() + ", " + Files.size(abs) + " bytes)");
        return 0;
    }
}
