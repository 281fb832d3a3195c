package kg.sedoff.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.MappedText;
import kg.sedoff.corpus.OcrNormalizer;
import kg.sedoff.graph.BuildStats;
import kg.sedoff.graph.GraphBuild;
import kg.sedoff.graph.Inputs;
import kg.sedoff.graph.Iris;
import kg.sedoff.graph.Progress;
import kg.sedoff.link.AliasDictionary;
import kg.sedoff.link.Annotator;
import kg.sedoff.link.Linker;
import kg.sedoff.store.StoreBuilder;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Child JVM: one build, exactly as {@code build} runs it (read and check inputs, then
 * StoreBuilder), timed, sampled, with peak memory; then, with the JIT warm, each stage again on its
 * own to split the time. Prints "RESULT key=value" lines for the parent.
 */
public final class BuildRun {
    private BuildRun() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path ontology = Path.of(args[1]);
        Path store = Path.of(args[2]);
        Path profile = Path.of(args[3]);
        Iris iris = new Iris(Iris.DEFAULT_BASE);

        Sampler sampler = new Sampler(20);
        long t0 = System.nanoTime();
        Inputs inputs = Inputs.read(data, ontology);
        long t1 = System.nanoTime();
        PrintWriter err = new PrintWriter(System.err, true);
        BuildStats stats = new StoreBuilder(store, iris).build(inputs, (done, total, mentions) -> {
            if (done % Math.max(1, total / 10) == 0) {
                err.printf("    documents %d/%d, %d mentions%n", done, total, mentions);
            }
        });
        long t2 = System.nanoTime();
        sampler.close();
        long peakRss = Sampler.peakRssBytes();
        long peakHeap = sampler.peakHeapBytes();
        Files.writeString(profile, sampler.report(20));

        result("seconds", (t2 - t0) / 1e9);
        result("inputsSeconds", (t1 - t0) / 1e9);
        result("storeSeconds", (t2 - t1) / 1e9);
        result("documents", stats.documents());
        result("chars", stats.textChars());
        result("mentions", stats.mentions());
        result("sentences", stats.sentences());
        result("quads", stats.quads());
        result("peakHeapBytes", peakHeap);
        result("peakLiveHeapBytes", sampler.peakLiveHeapBytes());
        result("peakRssBytes", peakRss);
        result("rssAnonBytes", Sampler.procStatus("RssAnon"));
        result("rssFileBytes", Sampler.procStatus("RssFile"));

        // the stages again, one at a time (JIT now warm): where the build's time goes
        OcrNormalizer normalizer = new OcrNormalizer(inputs.catalog().corrections());
        Linker linker = new Linker(new AliasDictionary(inputs.catalog().entities()));
        Annotator annotator = new Annotator(normalizer, linker);
        long n0 = System.nanoTime();
        long linkNanos = 0;
        for (Document doc : inputs.documents()) {
            Document d = doc.loaded(); // read from its file, as the build does
            MappedText m = normalizer.normalize(d.raw());
            long l0 = System.nanoTime();
            linker.link(d.id(), d.raw(), m);
            linkNanos += System.nanoTime() - l0;
        }
        long n1 = System.nanoTime();
        for (Document d : inputs.documents()) {
            annotator.annotate(d);
        }
        long n2 = System.nanoTime();
        CountingSink sink = new CountingSink();
        new GraphBuild(inputs, iris).writeTo(sink, Progress.NONE);
        long n3 = System.nanoTime();
        result("stageNormaliseSeconds", ((n1 - n0) - linkNanos) / 1e9);
        result("stageLinkSeconds", linkNanos / 1e9);
        result("stageAnnotateSeconds", (n2 - n1) / 1e9);
        result("stageQuadsSeconds", (n3 - n2) / 1e9);
        result("stageQuadsCounted", sink.quads);
        System.out.flush();
        // like the CLI: exit explicitly, Jena may leave non-daemon threads behind
        System.exit(0);
    }

    static void result(String key, Object value) {
        System.out.println("RESULT " + key + "=" + value);
    }

    /** Takes quads and only counts them, to time making them apart from storing them. */
    static final class CountingSink implements StreamRDF {
        long quads;

        @Override
        public void start() {
        }

        @Override
        public void triple(Triple triple) {
            quads++;
        }

        @Override
        public void quad(Quad quad) {
            quads++;
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
        }

        @Override
        public void finish() {
        }
    }
}
