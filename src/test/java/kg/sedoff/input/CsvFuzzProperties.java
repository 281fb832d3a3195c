package kg.sedoff.input;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes a curator's spreadsheet exports, the reader reports problems; it never crashes. */
class CsvFuzzProperties {

    @Provide
    Arbitrary<String> csvish() {
        Arbitrary<Character> chars = Arbitraries.of(',', '"', '\n', '\r', 'a', 'b', ' ', '|', '\uFEFF', 'Z', '1');
        return chars.list().ofMaxSize(200).map(l -> {
            StringBuilder b = new StringBuilder("id,label\n");
            l.forEach(b::append);
            return b.toString();
        });
    }

    @Property(tries = 500)
    void readerNeverThrowsAndEveryErrorHasALine(@ForAll("csvish") String text) {
        Problems problems = new Problems();
        CsvTable t = CsvTable.parse(Path.of("f.csv"), text, List.of("id", "label"), problems);
        for (CsvTable.Row r : t.rows()) {
            if (r.line() < 2 || r.cells().size() != 2) {
                throw new AssertionError("bad row " + r);
            }
        }
        for (InputError e : problems.list()) {
            if (e.line() < 0 || e.message().isBlank()) {
                throw new AssertionError("unhelpful error " + e);
            }
        }
    }

    @Property(tries = 300)
    void arbitraryTextNeverCrashesTheReader(@ForAll String text) {
        CsvTable.parse(Path.of("f.csv"), text, List.of("id"), new Problems());
    }
}
