package kr.aiacademy.etl.warehouse.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A finished build: the new file, row counts per table, the quality warnings it found, and how it was built (updated
 * from the published warehouse, or in full and why).
 */
public record BuildResult(Path file, Map<String, Long> rowCounts, List<String> warnings, Duration duration,
        String how) {

    /** The same build, said to be in full for this reason. */
    BuildResult because(String reason) {
        return new BuildResult(file, rowCounts, warnings, duration, reason);
    }
}
