package kr.aiacademy.etl.pipeline.inbox;

import java.nio.file.Path;
import java.util.List;

/**
 * What an unpack produced.
 *
 * @param dataFiles      data files written, relative to the target directory, sorted by path string
 * @param skippedEntries archive entries that were not written (README, __MACOSX, dot files, ...)
 * @param expandedBytes  bytes written to the data files
 */
public record UnpackResult(List<Path> dataFiles, List<String> skippedEntries, long expandedBytes) {

    public UnpackResult {
        dataFiles = List.copyOf(dataFiles);
        skippedEntries = List.copyOf(skippedEntries);
    }
}
