package kg.sedoff.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kg.sedoff.catalog.Entity;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.MappedText;
import kg.sedoff.corpus.OcrNormalizer;
import kg.sedoff.graph.Inputs;
import kg.sedoff.link.AliasDictionary;
import kg.sedoff.link.Annotator;
import kg.sedoff.link.Linker;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * Mention finding, ours against OpenNLP's DictionaryNameFinder (with SimpleTokenizer), on the same
 * normalised text with the same names (every catalog name plus its all-capitals form, as our
 * AliasDictionary has them), in the same JVM, after warm-up. Both include tokenising.
 */
final class LinkerVsOpenNlp {
    record Result(double textMb, double linkerMbPerSec, double annotatorMbPerSec, double openNlpMbPerSec,
                  long linkerMentions, long openNlpMentions, int dictionaryEntries) {
    }

    private LinkerVsOpenNlp() {
    }

    static Result run(Inputs inputs, int maxDocs, double warmupSeconds, int samples) {
        // texts in memory: the comparison is of finding names, not of reading files
        List<Document> docs = inputs.documents().subList(0, Math.min(maxDocs, inputs.documents().size()))
                .stream().map(Document::loaded).toList();
        OcrNormalizer normalizer = new OcrNormalizer(inputs.catalog().corrections());
        Linker linker = new Linker(new AliasDictionary(inputs.catalog().entities()));
        Annotator annotator = new Annotator(normalizer, linker);
        List<MappedText> norm = new ArrayList<>();
        long normBytes = 0;
        long rawBytes = 0;
        for (Document d : docs) {
            MappedText m = normalizer.normalize(d.raw());
            norm.add(m);
            normBytes += m.text().getBytes(StandardCharsets.UTF_8).length;
            rawBytes += d.raw().getBytes(StandardCharsets.UTF_8).length;
        }
        Dictionary dict = openNlpDictionary(inputs.catalog().entities());
        DictionaryNameFinder finder = new DictionaryNameFinder(dict, "entity");

        long[] ours = new long[1];
        Runnable linkPass = () -> {
            long n = 0;
            for (int i = 0; i < docs.size(); i++) {
                n += linker.link(docs.get(i).id(), docs.get(i).raw(), norm.get(i)).size();
            }
            ours[0] = n;
        };
        long[] theirs = new long[1];
        Runnable openNlpPass = () -> {
            long n = 0;
            for (MappedText m : norm) {
                String text = m.text();
                String[] tokens = Span.spansToStrings(SimpleTokenizer.INSTANCE.tokenizePos(text), text);
                n += finder.find(tokens).length;
            }
            theirs[0] = n;
        };
        Runnable annotatePass = () -> docs.forEach(annotator::annotate);

        // interleaved warm-up, so neither runs on a colder JIT than the other
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        do {
            linkPass.run();
            openNlpPass.run();
            annotatePass.run();
        } while (System.nanoTime() < until);

        double linker1 = median(samples, linkPass, normBytes);
        double openNlp = median(samples, openNlpPass, normBytes);
        double annotate = median(samples, annotatePass, rawBytes);
        return new Result(normBytes / 1e6, linker1, annotate, openNlp, ours[0], theirs[0], dict.size());
    }

    /** Every catalog name and its all-capitals form, tokenised by SimpleTokenizer, case-sensitive. */
    static Dictionary openNlpDictionary(List<Entity> entities) {
        Dictionary dict = new Dictionary(true);
        for (Entity e : entities) {
            for (String name : e.names()) {
                String[] tokens = SimpleTokenizer.INSTANCE.tokenize(name);
                if (tokens.length == 0) {
                    continue;
                }
                dict.put(new StringList(tokens));
                String[] caps = Arrays.stream(tokens).map(t -> t.toUpperCase(Locale.ROOT)).toArray(String[]::new);
                if (!Arrays.equals(caps, tokens) && Arrays.stream(tokens).anyMatch(t -> t.length() > 1)) {
                    dict.put(new StringList(caps));
                }
            }
        }
        return dict;
    }

    /** MB/s, median of {@code samples} timings of at least a second each. */
    private static double median(int samples, Runnable pass, long bytes) {
        double[] rates = new double[samples];
        for (int s = 0; s < samples; s++) {
            int passes = 0;
            long t0 = System.nanoTime();
            long elapsed;
            do {
                pass.run();
                passes++;
                elapsed = System.nanoTime() - t0;
            } while (elapsed < 1_000_000_000L);
            rates[s] = bytes * (double) passes / 1e6 / (elapsed / 1e9);
        }
        Arrays.sort(rates);
        return rates[samples / 2];
    }
}
