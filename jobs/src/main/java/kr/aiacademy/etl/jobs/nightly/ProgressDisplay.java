package kr.aiacademy.etl.jobs.nightly;

/** Shows how a long step is going to a person at a terminal; silent otherwise. */
public interface ProgressDisplay {

    /** Shows nothing (not a terminal, or {@code --quiet}). */
    ProgressDisplay NONE = new ProgressDisplay() {
        @Override
        public void update(String step, long records, long bytesRead, long totalBytes, long elapsedNanos) {
        }

        @Override
        public void finish() {
        }
    };

    void update(String step, long records, long bytesRead, long totalBytes, long elapsedNanos);

    void finish();
}
