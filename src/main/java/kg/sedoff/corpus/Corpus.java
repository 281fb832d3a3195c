package kg.sedoff.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kg.sedoff.input.CsvTable;
import kg.sedoff.input.InputError;
import kg.sedoff.input.Problems;
import kg.sedoff.input.TextFiles;

/**
 * The documents listed in {@code documents.csv}, each read exactly as scanned.
 * A user adds a document by adding its .txt file and a row.
 */
public final class Corpus {
    public static final List<String> COLUMNS = List.of("id", "title", "author", "date", "file");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Corpus() {
    }

    /** Reads documents.csv in {@code dataDir} and every text it names; problems are collected. */
    public static List<Document> read(Path dataDir, Problems problems) {
        Path csv = dataDir.resolve("documents.csv");
        CsvTable table = CsvTable.read(csv, COLUMNS, problems);
        List<Document> docs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.get("id");
            if (!CsvTable.require(row, "id", problems) | !CsvTable.require(row, "file", problems)) {
                continue;
            }
            if (!ID.matcher(id).matches()) {
                problems.add(csv, row.line(), "document id '" + id
                        + "' must be lower-case letters, digits and single hyphens (it becomes part of IRIs)");
                continue;
            }
            if (!ids.add(id)) {
                problems.add(csv, row.line(), "duplicate document id '" + id + "'");
                continue;
            }
            Path file = dataDir.resolve(row.get("file")).normalize();
            if (!file.startsWith(dataDir.normalize())) {
                problems.add(csv, row.line(), "file '" + row.get("file") + "' is outside the data directory");
                continue;
            }
            RawText text = checkText(file, csv, row.line(), problems);
            if (text == null) {
                continue;
            }
            docs.add(new Document(id, row.get("title"), row.get("author"), row.get("date"),
                    row.get("language").isEmpty() ? "en" : row.get("language"), file, text));
        }
        if (table.rows().isEmpty() && problems.isEmpty()) {
            problems.add(csv, 0, "lists no documents; add a row per document (" + String.join(",", COLUMNS) + ")");
        }
        return docs;
    }

    /**
     * Reads a text once to check it (exists, UTF-8, not empty); the documents keep only where it is,
     * so the texts are not all held in memory at once.
     */
    private static RawText checkText(Path file, Path csv, long line, Problems problems) {
        if (!Files.exists(file)) {
            problems.add(csv, line, "the corpus file " + file + " does not exist");
            return null;
        }
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            problems.add(csv, line, "the corpus file " + file + " cannot be read");
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (TextFiles.decodeUtf8(bytes).isBlank()) {
                problems.add(InputError.ofFile(file, "is empty (named at " + csv + ":" + line + ")"));
                return null;
            }
            return new RawText.InFile(file, RawText.InFile.checksum(bytes));
        } catch (CharacterCodingException e) {
            problems.add(InputError.ofFile(file, e.getMessage()));
        } catch (IOException e) {
            problems.add(InputError.ofFile(file, "cannot be read: " + e.getMessage()));
        }
        return null;
    }
}
