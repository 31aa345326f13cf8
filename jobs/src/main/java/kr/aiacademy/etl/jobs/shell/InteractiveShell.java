package kr.aiacademy.etl.jobs.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The shell at a terminal (JLine): line editing, a history kept across sessions, Tab completion, statements
 * over several lines, Ctrl-C cancelling the running query (or clearing the line being typed), Ctrl-D leaving.
 */
public final class InteractiveShell {

    private static final String PROMPT = "etl> ";
    private static final String CONTINUATION = "  -> ";

    private InteractiveShell() {
    }

    /** Runs the shell until the user leaves. */
    public static void run(Terminal terminal, Connection connection, ShellSettings settings, Path history,
            String greeting) throws IOException {
        SqlShell shell = new SqlShell(connection, settings, terminal.writer(), terminal.writer(),
                terminal::getWidth);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("etl sql")
                .parser(new SqlLineParser())
                .completer(new SqlCompleter(connection, shell.commandNames()))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .build();
        terminal.handle(Terminal.Signal.INT, signal -> shell.cancel());
        terminal.writer().println(greeting);
        terminal.flush();
        while (!shell.quitRequested()) {
            String input;
            try {
                input = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue; // Ctrl-C while typing: the line is dropped
            } catch (EndOfFileException e) {
                break;
            }
            if (!input.isBlank()) {
                shell.run(input);
            }
        }
        reader.getHistory().save();
    }
}
