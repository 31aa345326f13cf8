package kr.aiacademy.etl.warehouse.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a build reads: the lake files of the loaded drops per feed, their rejects files, the drop ledger, the
 * freshness of each feed as the load judged it, the KPI snapshots of earlier published runs ({@code history/…})
 * and the run it belongs to. Only the files listed are read, so a stray or half-written file in the lake never
 * reaches the warehouse.
 */
public record BuildInput(Map<String, List<Path>> lakeFiles, List<Path> rejectFiles, List<DropAudit> drops,
        List<FeedFreshness> freshness, KpiHistoryFiles history, BuildRun run) {

    public BuildInput {
        lakeFiles = Map.copyOf(lakeFiles);
        rejectFiles = List.copyOf(rejectFiles);
        drops = List.copyOf(drops);
        freshness = List.copyOf(freshness);
    }

    /** A build without freshness or history, outside a job. */
    public BuildInput(Map<String, List<Path>> lakeFiles, List<Path> rejectFiles, List<DropAudit> drops) {
        this(lakeFiles, rejectFiles, drops, List.of(), KpiHistoryFiles.NONE, BuildRun.unnamed());
    }

    public List<Path> lakeFiles(String feed) {
        return lakeFiles.getOrDefault(feed, List.of());
    }
}
