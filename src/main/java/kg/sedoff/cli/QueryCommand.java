package kg.sedoff.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kg.sedoff.store.Store;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.apache.jena.system.Txn;
import org.apache.jena.query.DatasetFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** query: run SPARQL against the store without a server. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (from a file, or --query) against the store and prints the results.")
public final class QueryCommand implements Callable<Integer> {
    static final class Source {
        @Parameters(index = "0", paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;
        @Option(names = "--query", paramLabel = "SPARQL", description = "The query text itself.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;
    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}). CONSTRUCT/DESCRIBE print Turtle.")
    String format;
    @Mixin
    StoreOptions store;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = source.text != null ? source.text : readQuery(source.file);
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new CliException("the query does not parse: " + e.getMessage(), 2);
        }
        DatasetGraph dsg = Store.open(store.store).orElseThrow(() ->
                new CliException("no store at " + store.store + "; run 'build' first", 3));
        OutputStream out = new PrintStream(System.out, true);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    switch (format) {
                        case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
                        case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
                        case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
                        case "table" -> ResultSetFormatter.out(out, rs, query);
                        default -> throw new CliException("unknown --format '" + format + "'; use table, csv, tsv or json", 2);
                    }
                } else if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    if (format.equals("json")) {
                        ResultSetFormatter.outputAsJSON(out, b);
                    } else {
                        System.out.println(b);
                    }
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
                } else if (query.isDescribeType()) {
                    RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
                }
            }
        });
        System.out.flush();
        return 0;
    }

    private static String readQuery(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CliException("no such query file: " + file, 2);
        }
        return Files.readString(file);
    }
}
