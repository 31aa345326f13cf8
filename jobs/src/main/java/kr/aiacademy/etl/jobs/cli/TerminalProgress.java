package kr.aiacademy.etl.jobs.cli;

import java.io.PrintStream;
import java.util.Locale;
import kr.aiacademy.etl.jobs.nightly.ProgressDisplay;

/** One self-rewriting status line on a terminal: records, rate, share done and time left. */
final class TerminalProgress implements ProgressDisplay {

    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintStream out;
    private long lastShown;
    private boolean shown;

    TerminalProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void update(String step, long records, long bytesRead, long totalBytes, long elapsedNanos) {
        long now = System.nanoTime();
        if (shown && now - lastShown < INTERVAL_NANOS) {
            return;
        }
        lastShown = now;
        shown = true;
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        double rate = records / seconds;
        double done = totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
        String left = done <= 0 ? "?" : formatSeconds(seconds * (1 - done) / done);
        out.printf(Locale.ROOT, "\r%-22s %,12d records  %,10.0f rec/s  %3.0f%%  %s left   ", step, records, rate,
                done * 100, left);
        out.flush();
    }

    @Override
    public synchronized void finish() {
        if (shown) {
            out.print("\r" + " ".repeat(90) + "\r");
            out.flush();
            shown = false;
        }
    }

    private static String formatSeconds(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
