package kg.sedoff.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A store directory holds generations of TDB2 databases and a symbolic link {@code current} to the
 * live one. A build writes a new generation beside the live one and, only when it is complete,
 * replaces the link in one atomic rename. Killing a build at any moment leaves {@code current}
 * pointing at the previous, complete generation.
 */
public final class StoreLayout {
    static final String CURRENT = "current";
    static final String GENERATION_PREFIX = "gen-";
    static final String COMPLETE_MARKER = "build-complete.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path root;

    public StoreLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The live generation, if a build has completed. */
    public Optional<Path> current() {
        Path link = root.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        try {
            Path target = root.resolve(Files.readSymbolicLink(link)).normalize();
            return Files.isRegularFile(target.resolve(COMPLETE_MARKER)) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A fresh, empty directory for a new generation. */
    Path newGeneration() throws IOException {
        Files.createDirectories(root);
        for (int attempt = 0; ; attempt++) {
            Path gen = root.resolve(GENERATION_PREFIX + LocalDateTime.now().format(STAMP) + (attempt == 0 ? "" : "-" + attempt));
            try {
                return Files.createDirectory(gen);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // two builds in the same millisecond: try the next name
            }
        }
    }

    /** Makes {@code generation} live, atomically. */
    void publish(Path generation) throws IOException {
        Path tmpLink = root.resolve(CURRENT + ".tmp-" + ProcessHandle.current().pid());
        Files.deleteIfExists(tmpLink);
        Files.createSymbolicLink(tmpLink, root.relativize(generation));
        Files.move(tmpLink, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Deletes generations other than the live one and the one before it (a server started before
     * the rebuild may still be reading that one), and any unfinished ones.
     */
    void prune(Path live, Path previous) throws IOException {
        for (Path gen : generations()) {
            if (gen.equals(live) || gen.equals(previous)) {
                continue;
            }
            deleteTree(gen);
        }
    }

    List<Path> generations() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith(GENERATION_PREFIX)).toList());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
