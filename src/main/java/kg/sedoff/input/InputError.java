package kg.sedoff.input;

import java.nio.file.Path;

/**
 * One problem in a curator's input files, located by file and line so it can be fixed.
 * Line 0 means the problem concerns the file as a whole.
 */
public record InputError(Path file, long line, String message) {

    public static InputError of(Path file, long line, String message) {
        return new InputError(file, line, message);
    }

    public static InputError ofFile(Path file, String message) {
        return new InputError(file, 0, message);
    }

    /** "data/entities.csv:12: message", the form editors and terminals understand. */
    @Override
    public String toString() {
        String where = file == null ? "" : (line > 0 ? file + ":" + line + ": " : file + ": ");
        return where + message;
    }
}
