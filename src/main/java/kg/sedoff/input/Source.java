package kg.sedoff.input;

import java.nio.file.Path;

/** Where a record came from: a file and line, printed as "file:line". */
public record Source(Path file, long line) {
    public InputError error(String message) {
        return new InputError(file, line, message);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
