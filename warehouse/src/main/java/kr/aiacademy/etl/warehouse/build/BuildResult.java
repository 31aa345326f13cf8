package kr.aiacademy.etl.warehouse.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A finished build: the new file, row counts per table and the quality warnings it found. */
public record BuildResult(Path file, Map<String, Long> rowCounts, List<String> warnings, Duration duration) {
}
