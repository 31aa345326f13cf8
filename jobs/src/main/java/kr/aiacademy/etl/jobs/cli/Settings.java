package kr.aiacademy.etl.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kr.aiacademy.etl.jobs.SettingNames;
import picocli.CommandLine;

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

    /**
     * The data directory of a command that reads what earlier runs left there: it must exist (a mistyped one is a
     * usage error, not an empty directory made on the spot).
     */
    static Path existingDataDir(CommandLine.Model.CommandSpec spec, Path option) {
        Path dataDir = dataDir(option);
        if (!Files.isDirectory(dataDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "data directory " + dataDir
                    + " does not exist (--data-dir or ETL_DATA_DIR; ./etl run creates it)");
        }
        return dataDir;
    }

    /**
     * The data directory of a command that writes into it (a load, the daemon): made when missing, and one clear
     * usage error when it, or the folders a load writes, may not be written.
     */
    static Path writableDataDir(CommandLine.Model.CommandSpec spec, Path option) {
        Path dataDir = dataDir(option);
        Path existing = dataDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        for (Path folder : new Path[] {existing, dataDir.resolve("state"), dataDir.resolve("warehouse")}) {
            if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "data directory " + dataDir
                        + " is not writable" + (folder.equals(dataDir) ? "" : " (" + folder + ")")
                        + ": a load writes its lake, warehouse and metadata there (read commands such as history, "
                        + "status and sql work on it as it is)");
            }
        }
        return dataDir;
    }

    /** {@code --format table|json} of the listing commands: true for json; anything else is a usage error. */
    static boolean json(CommandLine.Model.CommandSpec spec, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> false;
            case "json" -> true;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be table or json, not '" + format + "'");
        };
    }

    /**
     * Settings passed through to the application as {@code --etl.<name>=<value>} or {@code --spring.<name>=<value>};
     * anything else is a usage error.
     */
    static String[] springArguments(CommandLine.Model.CommandSpec spec, List<String> unmatched) {
        for (String argument : unmatched) {
            if (!(argument.startsWith("--etl.") || argument.startsWith("--spring.")) || !argument.contains("=")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown option: '" + argument
                        + "' (settings are given as --etl.<name>=<value>)");
            }
            String name = argument.substring(2, argument.indexOf('='));
            if (name.startsWith("etl.") && !SettingNames.isKnown(name)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown setting " + name
                        + "; the settings are: " + String.join(", ", SettingNames.all()));
            }
        }
        return unmatched.toArray(String[]::new);
    }

    /**
     * Whether the pseudonym key will be the generated demo key: no {@code ETL_PII_KEY}, no {@code --etl.pii.key=}
     * and no production profile (which refuses to start without a key instead).
     */
    static boolean generatedPiiKey(List<String> settings) {
        String key = System.getenv("ETL_PII_KEY");
        return (key == null || key.isBlank()) && !productionProfile(settings)
                && settings.stream().noneMatch(s -> s.startsWith("--etl.pii.key="));
    }

    /** Whether the {@code postgres} (production) profile is active, from the environment or the arguments. */
    static boolean productionProfile(List<String> settings) {
        String profiles = System.getenv("SPRING_PROFILES_ACTIVE");
        return profiles != null && profiles.contains("postgres")
                || settings.stream().anyMatch(s -> s.startsWith("--spring.profiles.active=") && s.contains("postgres"));
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
