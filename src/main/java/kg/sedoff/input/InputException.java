package kg.sedoff.input;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when input files are wrong; carries every problem found, not just the first. */
public final class InputException extends RuntimeException {
    private final List<InputError> errors;

    public InputException(List<InputError> errors) {
        super(errors.size() + " problem(s) in the input:\n" + errors.stream()
                .map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public InputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
