package kg.sedoff.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The users of a Jetty-style password file: lines "user: password[,role...]", '#' for comments. */
final class PasswordFile {
    private PasswordFile() {
    }

    static List<String> users(Path file) {
        List<String> users = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String s = line.strip();
                int colon = s.indexOf(':');
                if (!s.isEmpty() && !s.startsWith("#") && colon > 0) {
                    users.add(s.substring(0, colon).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + file, e);
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("the password file " + file + " names no user (lines 'user: password')");
        }
        return users;
    }
}
