package kr.aiacademy.etl.jobs.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.demo.DemoInboxGenerator;
import org.springframework.stereotype.Component;

/** The inbox scheduled loads read: {@code etl.inbox} ({@code ETL_INBOX}), else the bundled demo inbox. */
@Component
public class ScheduledInbox {

    private final EtlProperties properties;
    private final DataDir dataDir;

    ScheduledInbox(EtlProperties properties, DataDir dataDir) {
        this.properties = properties;
        this.dataDir = dataDir;
    }

    public Path resolve() {
        if (properties.inbox() != null && !properties.inbox().toString().isBlank()) {
            return properties.inbox().toAbsolutePath().normalize();
        }
        return bundledDemo(dataDir.root());
    }

    /** The bundled demo inbox of a data directory, written by the generator on first use. */
    public static Path bundledDemo(Path dataDir) {
        Path demo = dataDir.resolve("demo-inbox");
        if (!Files.isDirectory(demo)) {
            try {
                DemoInboxGenerator.writeDemoInbox(demo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return demo;
    }
}
