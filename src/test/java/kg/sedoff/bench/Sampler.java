package kg.sedoff.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A poor man's profiler for a child JVM: every few milliseconds it looks at the stacks of all
 * running Java threads and files each under a build stage, and it tracks the peak of heap in use.
 * Good enough to say where the time goes; no agent to install.
 */
final class Sampler implements AutoCloseable {
    private static final List<Map.Entry<String, String>> STAGES = List.of(
            Map.entry("kg.sedoff.store.StoreBuilder.countQuads", "verify: count the stored quads"),
            Map.entry("org.apache.jena.shacl", "SHACL check of the catalog"),
            Map.entry("kg.sedoff.store.SearchIndex", "full-text index (Lucene)"),
            Map.entry("kg.sedoff.store.Places", "places (coordinates)"),
            Map.entry("kg.sedoff.link.EvidenceFinder", "locate evidence quotes"),
            Map.entry("kg.sedoff.corpus.Corpus", "read corpus files"),
            Map.entry("kg.sedoff.input", "read CSV and text files"));
    private static final List<Map.Entry<String, String>> INNERMOST = List.of(
            Map.entry("org.apache.jena.tdb2", "TDB2 loader (node table, indexes)"),
            Map.entry("org.apache.jena.dboe", "TDB2 loader (node table, indexes)"),
            Map.entry("kg.sedoff.corpus.OcrNormalizer", "normalise OCR text"),
            Map.entry("kg.sedoff.corpus.MappedText", "normalise OCR text"),
            Map.entry("kg.sedoff.corpus.Segmenter", "segment paragraphs, sentences"),
            Map.entry("kg.sedoff.link.Linker", "link mentions"),
            Map.entry("kg.sedoff.link.Tokens", "link mentions"),
            Map.entry("kg.sedoff.link.AnnotatedDocument", "sentence lookup for mentions"),
            Map.entry("kg.sedoff.graph.GraphWriter", "make quads (nodes, literals)"),
            Map.entry("kg.sedoff.graph.GraphBuild", "make quads (nodes, literals)"),
            Map.entry("kg.sedoff.graph.Iris", "make quads (nodes, literals)"),
            Map.entry("org.apache.jena.riot", "RDF parsing / writing"));

    private final Thread thread;
    private final Map<String, Integer> stages = new TreeMap<>();
    private final Map<String, Integer> frames = new TreeMap<>();
    private volatile boolean running = true;
    private volatile long peakHeap;
    private volatile long peakLiveHeap;
    private int samples;

    Sampler(long everyMillis) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        thread = new Thread(() -> {
            while (running) {
                peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                peakLiveHeap = Math.max(peakLiveHeap, liveHeap());
                sample();
                try {
                    Thread.sleep(everyMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        synchronized (this) {
            samples++;
            for (Map.Entry<Thread, StackTraceElement[]> e : all.entrySet()) {
                Thread t = e.getKey();
                StackTraceElement[] st = e.getValue();
                if (t == thread || t.getState() != Thread.State.RUNNABLE || st.length == 0 || idle(st[0])) {
                    continue;
                }
                stages.merge(stage(st), 1, Integer::sum);
                frames.merge(st[0].getClassName() + "." + st[0].getMethodName(), 1, Integer::sum);
            }
        }
    }

    private static boolean idle(StackTraceElement top) {
        String c = top.getClassName();
        return c.startsWith("sun.nio.ch") || c.equals("java.lang.ref.Reference")
                || top.getMethodName().equals("waitForReferencePendingList");
    }

    private static String stage(StackTraceElement[] st) {
        for (Map.Entry<String, String> s : STAGES) {
            for (StackTraceElement f : st) {
                if ((f.getClassName() + "." + f.getMethodName()).startsWith(s.getKey())) {
                    return s.getValue();
                }
            }
        }
        for (StackTraceElement f : st) {
            for (Map.Entry<String, String> s : INNERMOST) {
                if (f.getClassName().startsWith(s.getKey())) {
                    return s.getValue();
                }
            }
        }
        return "other (class loading, JIT-compiled JDK code, logging)";
    }

    /** Heap still in use after the latest collection of each heap pool: what the work really holds. */
    private static long liveHeap() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }

    /** The most heap found live after a collection while sampling. */
    long peakLiveHeapBytes() {
        return Math.max(peakLiveHeap, liveHeap());
    }

    long peakHeapBytes() {
        return Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Peak resident set (VmHWM) of this process, in bytes; includes pages of memory-mapped store files. */
    static long peakRssBytes() {
        return procStatus("VmHWM");
    }

    static long procStatus(String key) {
        return procValue(Path.of("/proc/self/status"), key);
    }

    /** Memory of the machine, in bytes. */
    static long procMemTotal() {
        return procValue(Path.of("/proc/meminfo"), "MemTotal");
    }

    private static long procValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // not Linux: no figure
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Busy thread-samples by stage, largest first, with shares; then the hottest innermost frames. */
    synchronized String report(int topFrames) {
        int busy = stages.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d samples, %d busy thread-samples%n", samples, busy));
        for (Map.Entry<String, Integer> e : sortDesc(stages).entrySet()) {
            sb.append(String.format("  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, busy), e.getKey()));
        }
        sb.append("hottest frames:\n");
        sortDesc(frames).entrySet().stream().limit(topFrames).forEach(e ->
                sb.append(String.format("  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, busy), e.getKey())));
        return sb.toString();
    }

    private static Map<String, Integer> sortDesc(Map<String, Integer> m) {
        return m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
