package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.aiacademy.etl.jobs.Feeds;
import kr.aiacademy.etl.pipeline.inbox.DropLander;
import kr.aiacademy.etl.pipeline.inbox.LandingEvent;
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
    private final Feeds feeds;

    DropLandTasklet(DropLander lander, Feeds feeds) {
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
        List<LandingEvent> events = lander.land(inbox, feeds.all(), stepExecution.getJobExecutionId());
        contribution.incrementWriteCount(events.size());
        stepExecution.getExecutionContext().putInt("drops.new", events.size());
        List<String> strays = lander.strays(inbox, feeds.all());
        if (!strays.isEmpty()) {
            stepExecution.getExecutionContext().putString("warnings", "not read (outside the feed folders "
                    + "enrollment, employment, awards, budget): " + String.join(", ", strays));
        }
        return RepeatStatus.FINISHED;
    }
}
