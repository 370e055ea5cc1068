package io.serval.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link HolidayFile#parse} with every bad line of the file. */
public final class HolidayFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One bad line.
     *
     * @param line   1-based line number
     * @param reason English explanation (several problems of one line are joined with "; ")
     */
    public record LineError(int line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    private final transient List<LineError> errors;

    public HolidayFileException(List<LineError> errors) {
        super("Invalid holiday file: " + errors.stream().map(LineError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** The bad lines in file order; never empty. */
    public List<LineError> errors() {
        return errors;
    }
}
