package kg.sedoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in queries/ gives its recorded answer. Each NAME.rq has NAME.csv beside it: the
 * expected results as SPARQL CSV. Rows are compared in order when the query has ORDER BY.
 */
class QueriesTest {

    static Stream<Path> queries() throws IOException {
        Path dir = TestStore.dataDir().toAbsolutePath().resolveSibling("queries");
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> list = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertFalse(list.isEmpty(), "no queries in " + dir);
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void queryGivesItsRecordedAnswer(Path rq) throws IOException {
        String text = Files.readString(rq);
        assertTrue(text.startsWith("#"), rq + " must start with a comment saying the question it answers");
        Path expectedFile = Path.of(rq.toString().replaceAll("\\.rq$", ".csv"));
        assertTrue(Files.exists(expectedFile), "missing expected answer " + expectedFile);
        Query query = QueryFactory.create(text);
        DatasetGraph dsg = TestStore.dataset();
        String actual = Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                return out.toString(StandardCharsets.UTF_8);
            }
        });
        List<String> want = lines(Files.readString(expectedFile));
        List<String> got = lines(actual);
        if (!query.hasOrderBy()) {
            want.sort(null);
            got.sort(null);
        }
        assertEquals(String.join("\n", want), String.join("\n", got), rq.getFileName() + " answered differently");
    }

    private static List<String> lines(String csv) {
        List<String> out = new ArrayList<>();
        for (String l : csv.split("\\r?\\n")) {
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }
}
