package kr.aiacademy.etl.jobs.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.jobs.Feeds;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.warehouse.build.BuildInput;
import kr.aiacademy.etl.warehouse.build.BuildRun;
import kr.aiacademy.etl.warehouse.build.DropAudit;
import kr.aiacademy.etl.warehouse.build.KpiHistoryFiles;
import org.springframework.stereotype.Component;

/** What a warehouse build of the data directory reads now: the lake files of every loaded drop and the ledger. */
@Component
class BuildInputs {

    private final DropLedger ledger;
    private final DataDir dataDir;
    private final Feeds feeds;

    BuildInputs(DropLedger ledger, DataDir dataDir, Feeds feeds) {
        this.ledger = ledger;
        this.dataDir = dataDir;
        this.feeds = feeds;
    }

    /** The input of a build for the given run: the lake, the ledger and the KPI snapshots of published runs. */
    BuildInput current(BuildRun run) throws IOException {
        Map<String, List<Path>> lake = new LinkedHashMap<>();
        List<Path> rejects = new ArrayList<>();
        for (FeedSpec<?> feed : feeds.all()) {
            List<Path> files = new ArrayList<>();
            for (LedgerEntry drop : ledger.loaded(feed.name())) {
                files.add(dataDir.lakeFile(drop.feed(), drop.sha256(), drop.ingestDate()));
                Path rejectsFile = dataDir.rejectsFile(drop.feed(), drop.sha256());
                if (Files.exists(rejectsFile)) {
                    rejects.add(rejectsFile);
                }
            }
            lake.put(feed.name(), files);
        }
        List<DropAudit> drops = ledger.all().stream().map(BuildInputs::audit).toList();
        return new BuildInput(lake, rejects, drops, KpiHistoryFiles.in(dataDir.history()), run);
    }

    private static DropAudit audit(LedgerEntry e) {
        return new DropAudit(e.feed(), e.dropName(), e.sha256(), e.status().name(), e.rowsLoaded(),
                e.rowsRejected(), e.reason(), e.notes(), e.duplicateOf(), e.sizeBytes(), e.dropDate(),
                e.firstSeenAt(), e.loadedAt());
    }
}
