package kg.sedoff.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.sedoff.corpus.Span;

/**
 * A hand-checked annotation of mentions: which spans of which ranges of a document name which
 * entity. Format: '#' comment lines, among them "# document: ID" and the covered ranges as
 * "#   [begin, end)", then a header "begin\tend\tentity\tanchor" and one mention per line.
 */
public record GoldStandard(String documentId, List<Span> covered, Set<Key> mentions) {

    /** A mention as compared: exact span and entity. */
    public record Key(int begin, int end, String entityId) {
    }

    /** Precision and recall of predictions against the gold, within the covered ranges. */
    public record Score(int truePositives, int predicted, int gold, List<Key> falsePositives, List<Key> falseNegatives) {
        public double precision() {
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        @Override
        public String toString() {
            return String.format("precision %.3f (%d/%d), recall %.3f (%d/%d)",
                    precision(), truePositives, predicted, recall(), truePositives, gold);
        }
    }

    private static final Pattern RANGE = Pattern.compile("^#\\s+\\[(\\d+),\\s*(\\d+)\\)");

    public static GoldStandard read(Path file) throws IOException {
        String document = null;
        List<Span> covered = new ArrayList<>();
        Set<Key> mentions = new HashSet<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# document:")) {
                document = line.substring("# document:".length()).strip();
                continue;
            }
            if (line.startsWith("#")) {
                Matcher m = RANGE.matcher(line);
                if (m.find()) {
                    covered.add(new Span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                }
                continue;
            }
            if (line.isBlank() || line.startsWith("begin\t")) {
                continue;
            }
            String[] f = line.split("\t", 4);
            mentions.add(new Key(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2]));
        }
        return new GoldStandard(document, covered, mentions);
    }

    public boolean covers(int begin, int end) {
        return covered.stream().anyMatch(s -> s.begin() <= begin && end <= s.end());
    }

    public Score score(List<Mention> predictions) {
        Set<Key> predicted = new HashSet<>();
        for (Mention m : predictions) {
            // the gold marks names only; role phrases ("our son") are scored by their own tests
            if (!m.description() && covers(m.span().begin(), m.span().end())) {
                predicted.add(new Key(m.span().begin(), m.span().end(), m.entityId()));
            }
        }
        List<Key> fp = predicted.stream().filter(k -> !mentions.contains(k)).sorted(ORDER).toList();
        List<Key> fn = mentions.stream().filter(k -> !predicted.contains(k)).sorted(ORDER).toList();
        return new Score(predicted.size() - fp.size(), predicted.size(), mentions.size(), fp, fn);
    }

    private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparingInt(Key::begin);
}
