package kg.sedoff.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict CSV: every problem named with file:line; BOM and CRLF are fine. */
class CsvTableTest {
    @TempDir
    Path tmp;

    private CsvTable read(String content, Problems problems) throws IOException {
        Path f = tmp.resolve("t.csv");
        Files.write(f, content.getBytes(StandardCharsets.UTF_8));
        return CsvTable.read(f, List.of("id", "label"), problems);
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() throws IOException {
        Problems p = new Problems();
        CsvTable t = read("\uFEFFid,label\r\na,Alpha\r\nb,\"Beta, with comma\"\r\n", p);
        assertTrue(p.isEmpty(), p.list().toString());
        assertEquals(2, t.rows().size());
        assertEquals("Beta, with comma", t.rows().get(1).get("label"));
        assertEquals(3, t.rows().get(1).line());
    }

    @Test
    void wrongColumnCountNamesTheLine() throws IOException {
        Problems p = new Problems();
        read("id,label\na,Alpha\nb,Beta,extra\nc,Gamma\n", p);
        assertEquals(1, p.list().size());
        assertTrue(p.list().get(0).toString().endsWith("t.csv:3: has 3 fields but the header has 2 (a comma inside a value must be in double quotes)"),
                p.list().get(0).toString());
    }

    @Test
    void unbalancedQuoteIsReportedWithALine() throws IOException {
        Problems p = new Problems();
        read("id,label\na,Alpha\nb,\"Beta\n", p);
        assertEquals(1, p.list().size());
        assertTrue(p.list().get(0).message().contains("quote"), p.list().get(0).toString());
        assertTrue(p.list().get(0).line() >= 3, p.list().get(0).toString());
    }

    @Test
    void missingHeaderColumnIsReported() throws IOException {
        Problems p = new Problems();
        read("id,name\na,Alpha\n", p);
        assertTrue(p.list().get(0).toString().contains("t.csv:1: header lacks the column 'label'"), p.list().toString());
    }

    @Test
    void invalidUtf8SaysWhere() throws IOException {
        Path f = tmp.resolve("bad.csv");
        Files.write(f, new byte[] {'i', 'd', ',', 'l', 'a', 'b', 'e', 'l', '\n', 'a', ',', (byte) 0xC3, '(', '\n'});
        Problems p = new Problems();
        CsvTable.read(f, List.of("id", "label"), p);
        assertTrue(p.list().get(0).toString().contains("not valid UTF-8: first bad byte at line 2, byte offset 11"), p.list().toString());
    }
}
