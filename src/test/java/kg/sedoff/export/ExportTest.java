package kg.sedoff.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import kg.sedoff.TestStore;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every dump re-parses into the same number of quads (or, for triple formats, of distinct triples). */
class ExportTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportParsesBackWithTheSameCounts(ExportFormat format) {
        DatasetGraph store = TestStore.dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExport.write(store, format, out);

        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.lang()).parse(back);

        if (format.keepsGraphs()) {
            long expected = Txn.calculateRead(store, () -> count(store.find()));
            assertEquals(expected, count(back.find()));
            long graphs = Txn.calculateRead(store, () -> count(store.listGraphNodes()));
            assertEquals(graphs, count(back.listGraphNodes()));
        } else {
            long expected = Txn.calculateRead(store, () -> count(store.getUnionGraph().find()));
            assertEquals(expected, back.getDefaultGraph().size());
        }
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
