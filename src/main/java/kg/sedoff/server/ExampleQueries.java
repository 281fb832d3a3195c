package kg.sedoff.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example questions in queries/*.rq, each opening with comment lines that say what it asks.
 * Read once when the site is installed; a missing folder just means no examples.
 */
final class ExampleQueries {
    private static final Logger LOG = LoggerFactory.getLogger(ExampleQueries.class);

    record Example(String name, String question, String text, String runHref, String editHref) {
    }

    private final List<Example> examples;

    private ExampleQueries(List<Example> examples) {
        this.examples = examples;
    }

    static ExampleQueries from(Path dir) {
        List<Example> examples = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return new ExampleQueries(examples);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                String text = Files.readString(f, StandardCharsets.UTF_8);
                examples.add(new Example(name, question(text), text, runHref(text), "/query?example=" + name));
            }
        } catch (IOException e) {
            LOG.warn("could not read example queries in {}: {}", dir, e.getMessage());
        }
        return new ExampleQueries(List.copyOf(examples));
    }

    List<Example> all() {
        return examples;
    }

    /** Looked up by name among the files read, never by opening a path from the request. */
    Optional<Example> named(String name) {
        return examples.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    static String runHref(String query) {
        return "/sedoff/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&format=text";
    }

    private static String question(String text) {
        StringBuilder q = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            q.append(q.length() == 0 ? "" : " ").append(t.replaceFirst("^#+\\s*", ""));
        }
        return q.toString();
    }
}
