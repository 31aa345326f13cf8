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
        return start(dataDir, ProgressDisplay.NONE, true, management, readerArguments(dataDir, extraArgs));
    }

    /** Whether a command may write into the data directory's metadata. */
    private static boolean writable(Path dataDir) {
        Path state = dataDir.resolve("state");
        return Files.isWritable(Files.isDirectory(state) ? state : dataDir);
    }

    /**
     * The settings of a read command (without the data directory's): on a data directory it may not write, the
     * metadata opened read-only, no schema created and no log file.
     */
    static String[] readerArguments(Path dataDir, String... extraArgs) {
        if (writable(dataDir)) {
            return extraArgs;
        }
        List<String> args = new ArrayList<>(List.of("--etl.read-only=true", "--logging.file.name=",
                "--spring.batch.jdbc.initialize-schema=never", "--spring.quartz.jdbc.initialize-schema=never"));
        if (!Settings.productionProfile(List.of(extraArgs))) {
            args.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("state/metadata")
                    + ";ACCESS_MODE_DATA=r");
        }
        args.addAll(List.of(extraArgs));
        return args.toArray(String[]::new);
    }

    /** The arguments of the application on a data directory. */
    static String[] arguments(Path dataDir, String... extraArgs) {
        String[] args = new String[extraArgs.length + 1];
        args[0] = "--etl.data-dir=" + dataDir;
        System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
        return args;
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
        String[] args = arguments(dataDir, extraArgs);
        // Boot warms Jackson, Tomcat, HTTP converters and more on a background thread, and waits for it before the
        // application is ready: wasted work on two cores for a command that serves no web (read when the
        // application is made)
        System.setProperty("spring.backgroundpreinitializer.ignore", Boolean.toString(!management));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(EtlApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .lazyInitialization(lazy)
                .initializers(context -> context.getBeanFactory().registerSingleton("progressDisplay", progress))
                .listeners(new LogWriteFailures(System.err), new ManagementServer(management));
        try {
            return builder.run(args);
        } catch (RuntimeException e) {
            throw ManagementServer.explain(e);
        }
    }
}
