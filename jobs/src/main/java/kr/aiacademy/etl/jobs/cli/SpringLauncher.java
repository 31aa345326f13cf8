package kr.aiacademy.etl.jobs.cli;

import java.nio.file.Path;
import kr.aiacademy.etl.jobs.EtlApplication;
import kr.aiacademy.etl.jobs.nightly.ProgressDisplay;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the batch application on a data directory. Spring's own shutdown hook is off: commands close the
 * application themselves, and on SIGTERM {@link kr.aiacademy.etl.jobs.control.GracefulStop} does.
 */
final class SpringLauncher {

    private SpringLauncher() {
    }

    /** Starts only the beans a query needs (no jobs, no pseudonym key): for read-only commands. */
    static ConfigurableApplicationContext startLazily(Path dataDir, String... extraArgs) {
        return start(dataDir, ProgressDisplay.NONE, true, extraArgs);
    }

    static ConfigurableApplicationContext start(Path dataDir, ProgressDisplay progress, String... extraArgs) {
        return start(dataDir, progress, false, extraArgs);
    }

    private static ConfigurableApplicationContext start(Path dataDir, ProgressDisplay progress, boolean lazy,
            String... extraArgs) {
        String[] args = new String[extraArgs.length + 1];
        args[0] = "--etl.data-dir=" + dataDir;
        System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
        return new SpringApplicationBuilder(EtlApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .lazyInitialization(lazy)
                .initializers(context -> context.getBeanFactory().registerSingleton("progressDisplay", progress))
                .run(args);
    }
}
