package kr.aiacademy.etl.pipeline.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalTime;
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.inbox.DropName;
import kr.aiacademy.etl.pipeline.inbox.DropRejectedException;
import kr.aiacademy.etl.pipeline.normalize.Dates;

/**
 * Dates the generated drops as delivered on their name date (06:00 Asia/Seoul): they are complete when written,
 * so a settle time ({@code etl.landing.settle-time}) must not hold them back as still being written.
 */
final class DeliveryTimes {

    private static final LocalTime DELIVERED_AT = LocalTime.of(6, 0);

    private DeliveryTimes() {
    }

    static void dateDrops(Path inbox) throws IOException {
        try (Stream<Path> files = Files.walk(inbox)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try {
                    DropName name = DropName.parse(file.getFileName().toString());
                    Files.setLastModifiedTime(file, FileTime.from(name.date().atTime(DELIVERED_AT)
                            .atZone(Dates.SEOUL).toInstant()));
                } catch (DropRejectedException e) {
                    // not a drop name: left as it is
                }
            }
        }
    }
}
