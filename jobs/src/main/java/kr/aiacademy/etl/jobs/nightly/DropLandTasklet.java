package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.pipeline.inbox.DropLander;
import kr.aiacademy.etl.pipeline.inbox.LandingRun;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.stereotype.Component;

/** Lands every new drop of the inbox (job parameter {@code inbox}): digest, ledger, unpack, column check. */
@Component
class DropLandTasklet implements Tasklet {

    static final String INBOX = "inbox";

    private final DropLander lander;
    private final FeedRegistry feeds;

    DropLandTasklet(DropLander lander, FeedRegistry feeds) {
        this.lander = lander;
        this.feeds = feeds;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        String inboxParameter = stepExecution.getJobParameters().getString(INBOX);
        if (inboxParameter == null) {
            return RepeatStatus.FINISHED; // a backfill: nothing new is landed
        }
        Path inbox = Path.of(inboxParameter);
        if (!Files.isDirectory(inbox)) {
            throw new IllegalStateException("inbox " + inbox + " is not a directory");
        }
        LandingRun landing = lander.land(inbox, feeds.all(), stepExecution.getJobExecutionId());
        contribution.incrementWriteCount(landing.events().size());
        stepExecution.getExecutionContext().putInt("drops.new", landing.events().size());
        List<String> warnings = new ArrayList<>();
        List<String> strays = lander.strays(inbox, feeds.all());
        if (!strays.isEmpty()) {
            warnings.add("not read (outside the feed folders " + String.join(", ", feeds.names()) + "): "
                    + String.join(", ", strays));
        }
        landing.passedOver().forEach(entry -> warnings.add("passed over " + entry.describe()));
        if (!warnings.isEmpty()) {
            stepExecution.getExecutionContext().putString("warnings", String.join("\n", warnings));
        }
        return RepeatStatus.FINISHED;
    }
}
