package kr.aiacademy.etl.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.jobs.EtlApplication;
import kr.aiacademy.etl.jobs.metrics.ManagementServer;
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

    /**
     * Starts only the beans a query needs (no jobs, no pseudonym key): for read-only commands. On a data directory
     * it may not write (a read-only mount, another user's), the H2 metadata is opened read-only, no schema is
     * created and nothing is logged to a file.
     */
    static ConfigurableApplicationContext startLazily(Path dataDir, String... extraArgs) {
        return startLazily(dataDir, false, extraArgs);
    }

    /** The same, serving health and metrics on the management port when one is set ({@code ./etl serve}). */
    static ConfigurableApplicationContext startLazily(Path dataDir, boolean management, String... extraArgs) {
        Path state = dataDir.resolve("state");
        if (Files.isWritable(Files.isDirectory(state) ? state : dataDir)) {
            return start(dataDir, ProgressDisplay.NONE, true, management, extraArgs);
        }
        List<String> args = new ArrayList<>(List.of("--etl.read-only=true", "--logging.file.name=",
                "--spring.batch.jdbc.initialize-schema=never", "--spring.quartz.jdbc.initialize-schema=never"));
        if (!Settings.productionProfile(List.of(extraArgs))) {
            args.add("--spring.datasource.url=jdbc:h2:file:" + state.resolve("metadata") + ";ACCESS_MODE_DATA=r");
        }
        args.addAll(List.of(extraArgs));
        return start(dataDir, ProgressDisplay.NONE, true, management, args.toArray(String[]::new));
    }

    static ConfigurableApplicationContext start(Path dataDir, ProgressDisplay progress, String... extraArgs) {
        return start(dataDir, progress, false, false, extraArgs);
    }

    /**
     * The daemon's application: a web application serving health and metrics when {@code etl.management.port} is
     * set (the one-shot commands never are one).
     */
    static ConfigurableApplicationContext startDaemon(Path dataDir, String... extraArgs) {
        return start(dataDir, ProgressDisplay.NONE, false, true, extraArgs);
    }

    private static ConfigurableApplicationContext start(Path dataDir, ProgressDisplay progress, boolean lazy,
            boolean management, String... extraArgs) {
        String[] args = new String[extraArgs.length + 1];
        args[0] = "--etl.data-dir=" + dataDir;
        System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
        SpringApplicationBuilder application = new SpringApplicationBuilder(EtlApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .lazyInitialization(lazy)
                .initializers(context -> context.getBeanFactory().registerSingleton("progressDisplay", progress))
                .listeners(new LogWriteFailures(System.err));
        if (management) {
            application.listeners(new ManagementServer());
        }
        return application.run(args);
    }
}
