package kr.aiacademy.etl.jobs.history;

import java.nio.file.Path;
import kr.aiacademy.etl.jobs.EtlApplication;
import kr.aiacademy.etl.jobs.nightly.ProgressDisplay;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on a data directory for reading its metadata, as {@code cli.SpringLauncher} does for a
 * load (same application, configuration and profiles, so the same metadata DataSource: the H2 file, or
 * PostgreSQL in the {@code postgres} profile), but lazily: only the beans asked for are created, so reading
 * the history neither builds the jobs nor needs the pseudonym key.
 */
final class HistoryLauncher {

    private HistoryLauncher() {
    }

    static ConfigurableApplicationContext start(Path dataDir, String... extraArgs) {
        String[] args = new String[extraArgs.length + 1];
        args[0] = "--etl.data-dir=" + dataDir;
        System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
        return new SpringApplicationBuilder(EtlApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .lazyInitialization(true)
                .initializers(context -> context.getBeanFactory().registerSingleton("progressDisplay",
                        ProgressDisplay.NONE))
                .run(args);
    }
}
