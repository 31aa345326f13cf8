package kr.aiacademy.etl.jobs.control;

import java.util.Optional;

/**
 * The lock a load holds while it runs, so that two loads never run at once. It is released by the operating
 * system or the database when its holder dies, which is how a crashed load is told from a running one.
 */
public interface LoadLock {

    /** The lock, or empty when another load (in this or another process) holds it. */
    Optional<Lease> tryAcquire();

    /** A held lock; closing releases it. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
