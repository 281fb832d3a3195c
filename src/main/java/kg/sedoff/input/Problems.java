package kg.sedoff.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects input errors while reading, so a curator sees all of them at once. */
public final class Problems {
    private final List<InputError> errors = new ArrayList<>();

    public void add(Path file, long line, String message) {
        errors.add(new InputError(file, line, message));
    }

    public void add(InputError error) {
        errors.add(error);
    }

    public void addAll(List<InputError> more) {
        errors.addAll(more);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<InputError> list() {
        return List.copyOf(errors);
    }

    /** Throws if anything was collected. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
    }
}
