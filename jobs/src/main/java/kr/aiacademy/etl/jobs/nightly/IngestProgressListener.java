package kr.aiacademy.etl.jobs.nightly;

import kr.aiacademy.etl.pipeline.ingest.IngestOutcome;
import kr.aiacademy.etl.pipeline.ingest.IngestProgress;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Feeds an ingest step's progress (records, bytes of the landed files) to the progress display. */
@Component
class IngestProgressListener {

    private final ProgressDisplay display;

    IngestProgressListener(ObjectProvider<ProgressDisplay> display) {
        this.display = display.getIfAvailable(() -> ProgressDisplay.NONE);
    }

    Object forReader(IngestProgress reader) {
        return new Listener(reader);
    }

    private final class Listener implements ChunkListener<Object, IngestOutcome<?>>, StepExecutionListener {
        private final IngestProgress reader;
        private String step;
        private long started;
        private long records;

        Listener(IngestProgress reader) {
            this.reader = reader;
        }

        @Override
        public void beforeStep(StepExecution stepExecution) {
            step = stepExecution.getStepName();
            started = System.nanoTime();
            records = 0;
        }

        @Override
        public void afterChunk(Chunk<IngestOutcome<?>> chunk) {
            for (IngestOutcome<?> outcome : chunk) {
                if (!(outcome instanceof IngestOutcome.End<?>)) {
                    records++;
                }
            }
            display.update(step, records, reader.bytesRead(), reader.totalBytes(), System.nanoTime() - started);
        }

        @Override
        public ExitStatus afterStep(StepExecution stepExecution) {
            display.finish();
            return null;
        }
    }
}
