package kg.sedoff.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kg.sedoff.catalog.Catalog;
import kg.sedoff.catalog.CatalogReader;
import kg.sedoff.catalog.Relation;
import kg.sedoff.corpus.Corpus;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.OcrNormalizer;
import kg.sedoff.corpus.Span;
import kg.sedoff.input.Problems;
import kg.sedoff.link.AliasDictionary;
import kg.sedoff.link.Annotator;
import kg.sedoff.link.EvidenceFinder;
import kg.sedoff.link.Linker;
import kg.sedoff.link.Mention;

/**
 * A corpus of N documents made from the pamphlet: document 1 is the pamphlet itself, documents 2..N
 * are replicas under distinct ids, each opening with its own line ("Copy k.") so no two texts are
 * identical.
 *
 * <p>Evidence quotes must occur exactly once in the whole corpus (EvidenceFinder counts every
 * document), so plain replicas would make every relation fail with "occurs N times". Each replica
 * therefore carries a middle dot ("·") glued to the end of one word inside every evidence passage
 * (never inside a mention, never inside an OCR correction's context): the quote then resolves, uniquely,
 * to document 1, and the replicas' names, mentions and sentences are those of the pamphlet.
 */
final class CorpusGenerator {
    static final char MARK = '\u00B7';

    private final Path source;
    private final Document pamphlet;
    private final String replicaText;
    private final int marks;

    /** Reads the project's data/ and prepares the replica text once. */
    CorpusGenerator(Path dataDir) {
        this.source = dataDir;
        Problems problems = new Problems();
        List<Document> docs = Corpus.read(dataDir, problems);
        Catalog catalog = CatalogReader.read(dataDir, problems);
        problems.throwIfAny();
        this.pamphlet = docs.get(0);
        String raw = pamphlet.raw();
        List<Mention> mentions = new Annotator(new OcrNormalizer(catalog.corrections()),
                new Linker(new AliasDictionary(catalog.entities()))).annotate(pamphlet).mentions();
        boolean[] near = new boolean[raw.length() + 1];
        boolean[] inside = new boolean[raw.length() + 1];
        for (Mention m : mentions) {
            block(near, m.span().begin() - 1, m.span().end() + 1);
            block(inside, m.span().begin(), m.span().end());
        }
        for (var c : catalog.corrections()) {
            String ctx = c.context().isEmpty() ? c.raw() : c.context();
            for (int at = raw.indexOf(ctx); at >= 0; at = raw.indexOf(ctx, at + 1)) {
                block(near, at - 1, at + ctx.length() + 1);
                block(inside, at, at + ctx.length());
            }
        }
        EvidenceFinder finder = new EvidenceFinder(List.of(pamphlet));
        TreeSet<Integer> at = new TreeSet<>();
        for (Relation r : catalog.relations()) {
            EvidenceFinder.Result found = finder.find(r.evidence());
            if (!found.unique()) {
                continue;
            }
            Span s = found.found().span();
            if (at.subSet(s.begin(), s.end()).isEmpty()) {
                at.add(markPosition(raw, s, near, inside));
            }
        }
        StringBuilder sb = new StringBuilder(raw);
        for (int pos : at.descendingSet()) {
            sb.insert(pos, MARK);
        }
        this.replicaText = sb.toString();
        this.marks = at.size();
        check(catalog.relations());
    }

    /**
     * Where a word inside the passage ends (before a space) with no mention or correction near;
     * failing that, any place inside the passage that splits no word and is not inside a mention or
     * correction (e.g. between an opening quotation mark and a title that is itself a mention).
     */
    private static int markPosition(String raw, Span s, boolean[] near, boolean[] inside) {
        for (int i = s.begin() + 2; i < s.end() - 1; i++) {
            if (raw.charAt(i) == ' ' && Character.isLetter(raw.charAt(i - 1)) && Character.isLetter(raw.charAt(i - 2))
                    && !near[i]) {
                return i;
            }
        }
        for (int i = s.begin() + 1; i < s.end(); i++) {
            boolean splitsWord = Character.isLetterOrDigit(raw.charAt(i - 1)) && Character.isLetterOrDigit(raw.charAt(i));
            if (!splitsWord && raw.charAt(i - 1) != '-' && !(inside[i - 1] && inside[i])) {
                return i;
            }
        }
        throw new IllegalStateException("no place for a mark in the evidence at " + s);
    }

    private static void block(boolean[] blocked, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(blocked.length, to); i++) {
            blocked[i] = true;
        }
    }

    /** Every quote found once in the pamphlet is found nowhere in a replica. */
    private void check(List<Relation> relations) {
        Document replica = replica(2);
        EvidenceFinder both = new EvidenceFinder(List.of(pamphlet, replica));
        EvidenceFinder alone = new EvidenceFinder(List.of(pamphlet));
        for (Relation r : relations) {
            if (alone.find(r.evidence()).unique() && !both.find(r.evidence()).unique()) {
                throw new IllegalStateException("a replica still holds the evidence \"" + r.evidence() + "\"");
            }
        }
    }

    private Document replica(int k) {
        return new Document(id(k), pamphlet.title(), pamphlet.author(), pamphlet.date(), pamphlet.language(),
                pamphlet.file(), text(k));
    }

    private String id(int k) {
        return k == 1 ? pamphlet.id() : pamphlet.id() + "-copy-" + k;
    }

    private String text(int k) {
        return k == 1 ? pamphlet.raw() : "Copy " + k + ".\n\n" + replicaText;
    }

    int marks() {
        return marks;
    }

    /** Writes data/ with n documents under {@code target}; returns the data directory. */
    Path write(Path target, int n) throws IOException {
        Path data = target.resolve("data");
        Path corpus = Files.createDirectories(data.resolve("corpus"));
        for (String f : List.of("entities.csv", "relations.csv", "ocr-corrections.csv")) {
            Files.copy(source.resolve(f), data.resolve(f));
        }
        List<String> rows = new ArrayList<>();
        rows.add("id,title,author,date,file,language");
        for (int k = 1; k <= n; k++) {
            String file = "corpus/" + id(k) + ".txt";
            try (BufferedWriter w = Files.newBufferedWriter(data.resolve(file), StandardCharsets.UTF_8)) {
                w.write(text(k));
            }
            String title = k == 1 ? pamphlet.title() : pamphlet.title() + " (copy " + k + ")";
            rows.add(id(k) + ",\"" + title.replace("\"", "\"\"") + "\"," + pamphlet.author() + "," + pamphlet.date()
                    + "," + file + "," + pamphlet.language());
        }
        Files.write(data.resolve("documents.csv"), rows, StandardCharsets.UTF_8);
        return data;
    }

    /** Total bytes of corpus text for n documents, UTF-8. */
    long textBytes(int n) {
        long b = pamphlet.raw().getBytes(StandardCharsets.UTF_8).length;
        for (int k = 2; k <= n; k++) {
            b += text(k).getBytes(StandardCharsets.UTF_8).length;
        }
        return b;
    }
}
