package kr.aiacademy.etl.jobs.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --data-dir} option of every command that works on a data directory, resolved one way
 * ({@link Settings}: the option, else {@code ETL_DATA_DIR}, else {@code ./data}); a wrong one is a usage error of
 * the command it was given to.
 */
final class DataDirOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: $ETL_DATA_DIR, else ./data).")
    Path option;

    /** The data directory, whether or not it exists. */
    Path resolved() {
        return Settings.dataDir(option);
    }

    /** The data directory of a command that reads what earlier runs left there: it must exist. */
    Path existing() {
        return Settings.existingDataDir(command, option);
    }

    /** The data directory of a command that writes into it: made when missing, and it must be writable. */
    Path writable() {
        return Settings.writableDataDir(command, option);
    }
}
