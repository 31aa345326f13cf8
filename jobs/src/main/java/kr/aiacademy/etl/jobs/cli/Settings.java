package kr.aiacademy.etl.jobs.cli;

import java.nio.file.Path;

/** Where the data directory and inbox are: the option, else the environment, else the default. */
final class Settings {

    private Settings() {
    }

    static Path dataDir(Path option) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String env = System.getenv("ETL_DATA_DIR");
        return Path.of(env == null || env.isBlank() ? "data" : env).toAbsolutePath().normalize();
    }

    /** The inbox option or {@code ETL_INBOX}; null means the bundled demo inbox. */
    static Path inbox(Path option) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String env = System.getenv("ETL_INBOX");
        return env == null || env.isBlank() ? null : Path.of(env).toAbsolutePath().normalize();
    }
}
