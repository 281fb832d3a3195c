package kg.sedoff.input;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read strictly: header row required, every row with the header's column count,
 * UTF-8 only. A byte-order mark and CRLF line endings are accepted. Problems go to {@link Problems}
 * with file:line; rows that cannot be read are skipped so the rest can still be checked.
 */
public final class CsvTable {

    /** One data row: its line number in the file and its cells by column name. */
    public record Row(Path file, long line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }

        public Source source() {
            return new Source(file, line);
        }
    }

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads a CSV file. Returns an empty table (and records why) when the file cannot be read at all.
     *
     * @param required columns that must be present in the header
     */
    public static CsvTable read(Path file, List<String> required, Problems problems) {
        String text;
        try {
            text = TextFiles.readUtf8(file);
        } catch (CharacterCodingException e) {
            problems.add(InputError.ofFile(file, e.getMessage()));
            return new CsvTable(file, List.of(), List.of());
        } catch (IOException e) {
            problems.add(InputError.ofFile(file, "cannot read: " + describe(e)));
            return new CsvTable(file, List.of(), List.of());
        }
        return parse(file, text, required, problems);
    }

    /** Parses CSV text already in memory (the BOM, if any, already removed). */
    public static CsvTable parse(Path file, String text, List<String> required, Problems problems) {
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(InputError.ofFile(file, "is empty; expected a header row: " + String.join(",", required)));
            return new CsvTable(file, header, rows);
        }
        // Line numbers: each record's first line, counted ourselves so quoted newlines stay honest.
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var it = parser.iterator();
            boolean first = true;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (RuntimeException e) {
                    long line = parser.getCurrentLineNumber();
                    problems.add(file, Math.max(1, line), "malformed CSV: " + rootMessage(e)
                            + " (check for an unbalanced double quote; write \"\" for a quote inside a quoted field)");
                    break; // the parser cannot resynchronise after a broken quote
                }
                long line = lineOf(text, rec.getCharacterPosition());
                if (first) {
                    first = false;
                    for (String h : rec) {
                        header.add(h.strip());
                    }
                    for (String col : required) {
                        if (!header.contains(col)) {
                            problems.add(file, line, "header lacks the column '" + col + "' (header is: "
                                    + String.join(",", header) + ")");
                        }
                    }
                    continue;
                }
                if (rec.size() != header.size()) {
                    problems.add(file, line, "has " + rec.size() + " fields but the header has " + header.size()
                            + " (a comma inside a value must be in double quotes)");
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), rec.get(i));
                }
                rows.add(new Row(file, line, cells));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(InputError.ofFile(file, "malformed CSV: " + rootMessage(e)));
        }
        return new CsvTable(file, header, rows);
    }

    /** Reports an empty value in a required column; returns true when present. */
    public static boolean require(Row row, String column, Problems problems) {
        if (row.get(column).isEmpty()) {
            problems.add(row.file(), row.line(), "the column '" + column + "' is empty; it is required");
            return false;
        }
        return true;
    }

    private static long lineOf(String text, long charPos) {
        long line = 1;
        for (int i = 0; i < charPos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        if (name.equals("NoSuchFileException")) {
            return "no such file";
        }
        if (name.equals("AccessDeniedException")) {
            return "permission denied";
        }
        return e.getMessage() == null ? name : e.getMessage();
    }
}
