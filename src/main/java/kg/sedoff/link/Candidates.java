package kg.sedoff.link;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.sedoff.catalog.Catalog;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.MappedText;
import kg.sedoff.corpus.OcrNormalizer;
import kg.sedoff.corpus.Segmenter;
import kg.sedoff.corpus.Span;

/**
 * Capitalised names and phrases that no alias covers: the curator's to-do list. A capitalised
 * word that starts a sentence and also occurs in lower case is taken for an ordinary word.
 */
public final class Candidates {
    /** A phrase, how often it occurs uncovered, and its first place. */
    public record Candidate(String phrase, int count, String documentId, int line, String context) {
    }

    private static final Set<String> CONNECTORS = Set.of("of", "the", "de", "von", "van", "and");

    private Candidates() {
    }

    public static List<Candidate> find(List<Document> documents, Catalog catalog) {
        OcrNormalizer normalizer = new OcrNormalizer(catalog.corrections());
        Linker linker = new Linker(new AliasDictionary(catalog.entities()));
        Segmenter segmenter = new Segmenter();
        Map<String, Candidate> found = new LinkedHashMap<>();
        Set<String> lowerWords = new HashSet<>();
        List<MappedText> normalized = new ArrayList<>();
        for (Document d : documents) {
            MappedText n = normalizer.normalize(d.raw());
            normalized.add(n);
            for (String w : n.text().split("[^\\p{L}]+")) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    lowerWords.add(w);
                }
            }
        }
        for (int di = 0; di < documents.size(); di++) {
            Document d = documents.get(di);
            MappedText n = normalized.get(di);
            BitSet covered = new BitSet(d.raw().length());
            for (Mention m : linker.link(d.id(), d.raw(), n)) {
                covered.set(m.span().begin(), m.span().end());
            }
            BitSet sentenceStarts = new BitSet(n.length());
            for (Segmenter.Segment s : segmenter.sentences(n.text())) {
                sentenceStarts.set(s.begin());
            }
            Tokens t = Tokens.of(n.text());
            int i = 0;
            while (i < t.size) {
                if (!isName(t, i, sentenceStarts, lowerWords, n.text())) {
                    i++;
                    continue;
                }
                int j = i + 1;
                int last = i;
                while (j < t.size) {
                    if (isCapitalised(t.get(j))) {
                        last = j;
                        j++;
                    } else if (CONNECTORS.contains(t.get(j)) && j + 1 < t.size && isCapitalised(t.get(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                Span raw = n.rawSpan(t.begin[i], t.end[last]);
                if (covered.get(raw.begin(), raw.end()).isEmpty()) {
                    String phrase = n.text().substring(t.begin[i], t.end[last]);
                    int line = lineOf(d.raw(), raw.begin());
                    Candidate prev = found.get(phrase);
                    found.put(phrase, prev == null
                            ? new Candidate(phrase, 1, d.id(), line, lineText(d.raw(), raw.begin()))
                            : new Candidate(phrase, prev.count() + 1, prev.documentId(), prev.line(), prev.context()));
                }
                i = last + 1;
            }
        }
        List<Candidate> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::phrase));
        return list;
    }

    private static boolean isName(Tokens t, int i, BitSet sentenceStarts, Set<String> lowerWords, String text) {
        String w = t.get(i);
        if (!isCapitalised(w) || w.length() < 2) {
            return false;
        }
        boolean startsSentence = sentenceStarts.get(t.begin[i]) || (t.begin[i] > 0 && "\"'(".indexOf(text.charAt(t.begin[i] - 1)) >= 0
                && sentenceStarts.get(t.begin[i] - 1));
        return !(startsSentence && lowerWords.contains(w.toLowerCase()));
    }

    private static boolean isCapitalised(String w) {
        return Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }

    private static int lineOf(String raw, int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (raw.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String lineText(String raw, int offset) {
        int b = raw.lastIndexOf('\n', offset - 1) + 1;
        int e = raw.indexOf('\n', offset);
        return raw.substring(b, e < 0 ? raw.length() : e).strip();
    }
}
