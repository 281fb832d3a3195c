package kg.sedoff.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** data/not-names.txt: phrases reviewed and found not to be names, one per line, '#' for comments. */
public final class NotNames {
    private NotNames() {
    }

    /** The listed phrases; empty when the file does not exist. */
    public static Set<String> read(Path file) {
        Set<String> out = new HashSet<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
