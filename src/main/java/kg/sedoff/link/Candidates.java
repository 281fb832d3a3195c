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
 * Capitalised names and phrases that no alias covers: the curator's to-do list. A single
 * capitalised word that also occurs in lower case is taken for an ordinary word ("Thus",
 * "Sometimes"), and phrases the curator listed as not names are left out.
 */
public final class Candidates {
    /** A phrase, how often it occurs uncovered, and its first place. */
    public record Candidate(String phrase, int count, String documentId, int line, String context) {
    }

    private static final Set<String> CONNECTORS = Set.of("of", "the", "de", "von", "van", "and");

    private Candidates() {
    }

    /**
     * @param notNames phrases a curator has reviewed and found not to be names (data/not-names.txt)
     */
    public static List<Candidate> find(List<Document> documents, Catalog catalog, Set<String> notNames) {
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
        Set<String> midSentenceCaps = new HashSet<>();
        for (int di = 0; di < documents.size(); di++) {
            MappedText n = normalized.get(di);
            BitSet starts = sentenceStarts(segmenter, n.text());
            Tokens t = Tokens.of(n.text());
            for (int i = 0; i < t.size; i++) {
                if (isCapitalised(t.get(i)) && !startsSentence(t, i, starts, n.text())) {
                    midSentenceCaps.add(t.get(i));
                }
            }
        }
        for (int di = 0; di < documents.size(); di++) {
            Document d = documents.get(di).loaded();
            MappedText n = normalized.get(di);
            BitSet covered = new BitSet(d.raw().length());
            for (Mention m : linker.link(d.id(), d.raw(), n)) {
                covered.set(m.span().begin(), m.span().end());
            }
            BitSet sentenceStarts = sentenceStarts(segmenter, n.text());
            Tokens t = Tokens.of(n.text());
            int i = 0;
            while (i < t.size) {
                if (!isCapitalised(t.get(i)) || t.get(i).length() < 2) {
                    i++;
                    continue;
                }
                int j = i + 1;
                int last = i;
                while (j < t.size) {
                    if (isCapitalised(t.get(j)) && t.get(j).length() > 1) {
                        last = j;
                        j++;
                    } else if (CONNECTORS.contains(t.get(j)) && j + 1 < t.size && isCapitalised(t.get(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                int first = i;
                // "In February", "But the Russian": a sentence's first word is not part of the name
                if (first < last && startsSentence(t, first, sentenceStarts, n.text())) {
                    first++;
                    while (first < last && !isCapitalised(t.get(first))) {
                        first++;
                    }
                }
                record(found, d, n, t, first, last, covered, lowerWords, notNames, midSentenceCaps,
                        startsSentence(t, first, sentenceStarts, n.text()));
                i = last + 1;
            }
        }
        List<Candidate> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::phrase));
        return list;
    }

    private static void record(Map<String, Candidate> found, Document d, MappedText n, Tokens t, int first, int last,
                               BitSet covered, Set<String> lowerWords, Set<String> notNames,
                               Set<String> midSentenceCaps, boolean atSentenceStart) {
        Span raw = n.rawSpan(t.begin[first], t.end[last]);
        String phrase = n.text().substring(t.begin[first], t.end[last]);
        if (!covered.get(raw.begin(), raw.end()).isEmpty() || notNames.contains(phrase)) {
            return;
        }
        if (first == last && (lowerWords.contains(phrase.toLowerCase())
                || atSentenceStart && !midSentenceCaps.contains(phrase))) {
            return; // an ordinary word, capitalised because it is first or in a heading
        }
        int line = lineOf(d.raw(), raw.begin());
        Candidate prev = found.get(phrase);
        found.put(phrase, prev == null
                ? new Candidate(phrase, 1, d.id(), line, lineText(d.raw(), raw.begin()))
                : new Candidate(phrase, prev.count() + 1, prev.documentId(), prev.line(), prev.context()));
    }

    private static BitSet sentenceStarts(Segmenter segmenter, String text) {
        BitSet starts = new BitSet(text.length());
        for (Segmenter.Segment s : segmenter.sentences(text)) {
            starts.set(s.begin());
        }
        return starts;
    }

    /** First word of a sentence, after an opening quote, or after a glossary heading's dash. */
    private static boolean startsSentence(Tokens t, int i, BitSet sentenceStarts, String text) {
        int b = t.begin[i];
        if (sentenceStarts.get(b)) {
            return true;
        }
        if (i > 0 && "\"'(".contains(t.get(i - 1)) && sentenceStarts.get(t.begin[i - 1])) {
            return true;
        }
        if (i > 1 && t.get(i - 1).equals("-")) {
            String before = t.get(i - 2);
            return before.equals(before.toUpperCase()) && !before.equals(before.toLowerCase())
                    || before.equals("\"") || before.equals("'");
        }
        return false;
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
