package kr.aiacademy.etl.pipeline.normalize;

import java.util.function.UnaryOperator;

/**
 * A source value that cannot be normalized. The message is shown to operators; where it goes on to the rejects
 * store, {@link #message(UnaryOperator)} renders the value the way the caller must show it (masked and cut).
 */
public final class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String value;
    private final String problem;

    /** A problem that names no source value. */
    public InvalidValueException(String message) {
        super(message);
        this.value = null;
        this.problem = message;
    }

    /** A problem with a source value: the message is {@code '<value>' <problem>}. */
    public InvalidValueException(String value, String problem) {
        super("'" + value + "' " + problem);
        this.value = value;
        this.problem = problem;
    }

    /** The message with the value rendered by {@code show} (e.g. {@code Echo::quoted}). */
    public String message(UnaryOperator<String> show) {
        return value == null ? problem : show.apply(value) + " " + problem;
    }
}
