package kr.aiacademy.etl.jobs.control;

/** Another load holds the lock; the message names its execution. */
public final class LoadAlreadyRunningException extends RuntimeException {

    public LoadAlreadyRunningException(String message) {
        super(message);
    }
}
