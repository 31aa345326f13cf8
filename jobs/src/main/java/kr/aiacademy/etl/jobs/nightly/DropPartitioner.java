package kr.aiacademy.etl.jobs.nightly;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per landed drop of a feed, named {@code drop<id>}: drops are ingested independently and in
 * parallel. A partition's step execution finds its drop by its name ({@link #dropId}), not by its context:
 * Spring Batch stores a new partition's step execution, name included, and only then, in a second call, the
 * context the partitioner gave it — a load killed in between restarts that partition with an empty context (and
 * every restart after it copies the empty one again).
 */
class DropPartitioner implements Partitioner {

    private static final Pattern PARTITION = Pattern.compile(".*:drop(\\d+)");

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
            partitions.put("drop" + drop.dropId(), new ExecutionContext());
        }
        return partitions;
    }

    /** The drop of a partition's step execution, from its name ({@code enrollmentDropStep:drop42}: 42). */
    static long dropId(String stepExecutionName) {
        Matcher matcher = PARTITION.matcher(stepExecutionName);
        if (!matcher.matches()) {
            throw new IllegalStateException("not a drop partition's step: " + stepExecutionName);
        }
        return Long.parseLong(matcher.group(1));
    }
}
