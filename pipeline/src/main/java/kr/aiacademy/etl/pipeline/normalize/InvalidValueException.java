package kr.aiacademy.etl.pipeline.normalize;

/**
 * A source value that cannot be normalized. The message is shown to operators and stored in the
 * rejects store: callers must only put non-personal values in it.
 */
public final class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
