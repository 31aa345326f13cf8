package kr.aiacademy.etl.jobs.nightly;

import java.util.LinkedHashMap;
import java.util.Map;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per landed drop of a feed: drops are ingested independently and in parallel. */
class DropPartitioner implements Partitioner {

    static final String DROP_ID = "dropId";

    private final DropLedger ledger;
    private final String feed;

    DropPartitioner(DropLedger ledger, String feed) {
        this.ledger = ledger;
        this.feed = feed;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (LedgerEntry drop : ledger.landed(feed)) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(DROP_ID, drop.dropId());
            partitions.put("drop" + drop.dropId(), context);
        }
        return partitions;
    }
}
