package kr.aiacademy.etl.jobs.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import kr.aiacademy.etl.warehouse.query.RefusedStatementException;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;

/**
 * One SQL session on the published warehouse, whatever the input comes from (a terminal, a pipe, a file of
 * {@code .read}, the command line): runs dot-commands and every statement of an input in turn, printing each
 * result. Statements are checked by the sandbox first; a failed statement ends its input with the database's
 * whole message.
 */
public final class SqlShell {

    private static final Set<String> EXIT_WORDS = Set.of("exit", "quit", "\\q");

    private final Connection connection;
    private final ShellSettings settings;
    private final PrintWriter out;
    private final PrintWriter err;
    private final IntSupplier width;
    private final DotCommands commands;
    private volatile Statement running;
    private volatile boolean cancelled;
    private boolean quit;

    /** A session; {@code width} gives the terminal's width when output goes to one, else 0. */
    public SqlShell(Connection connection, ShellSettings settings, PrintWriter out, PrintWriter err,
            IntSupplier width) {
        this.connection = connection;
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.width = width;
        this.commands = new DotCommands(this);
    }

    /** Whether a line is a command of the shell rather than SQL: a dot-command or exit, quit, \q. */
    public static boolean isCommand(String line) {
        String word = line.strip();
        return word.startsWith(".") || EXIT_WORDS.contains(exitWord(word));
    }

    /** Runs a dot-command line or SQL text of one or more statements; 0 when all went well, else 1. */
    public int run(String input) {
        String text = input.strip();
        if (EXIT_WORDS.contains(exitWord(text))) {
            quit = true;
            return 0;
        }
        if (text.startsWith(".")) {
            return commands.run(text);
        }
        List<String> statements;
        try {
            statements = WarehouseReader.check(text);
        } catch (RefusedStatementException e) {
            return error(e.getMessage());
        }
        for (String statement : statements) {
            if (execute(statement) != 0) {
                return 1;
            }
        }
        return 0;
    }

    /** Runs text that is not typed at a prompt (a pipe, a file): see {@link ScriptReader}. */
    public int runScript(BufferedReader in) throws IOException {
        return ScriptReader.run(in, this);
    }

    /** Cancels the statement running now, if any (Ctrl-C). */
    public void cancel() {
        cancelled = true;
        Statement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // it ended meanwhile
            }
        }
    }

    /** The dot-commands, for completion. */
    Set<String> commandNames() {
        return commands.names();
    }

    public boolean quitRequested() {
        return quit;
    }

    private int execute(String statement) {
        long started = System.nanoTime();
        cancelled = false;
        try (Statement jdbc = connection.createStatement()) {
            running = jdbc;
            if (jdbc.execute(statement)) {
                try (ResultSet rs = jdbc.getResultSet()) {
                    ResultPrinter.print(rs, settings, width.getAsInt(), out);
                }
            } else {
                out.println("OK");
            }
        } catch (SQLException e) {
            return error(cancelled ? "cancelled" : e.getMessage());
        } catch (IOException e) {
            return error(e.toString());
        } finally {
            running = null;
        }
        timer(started);
        return 0;
    }

    /** Runs a query of the shell's own (a dot-command's) with parameters, printed like any result. */
    int query(String sql, Object... parameters) {
        long started = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultPrinter.print(rs, settings, width.getAsInt(), out);
            }
        } catch (SQLException | IOException e) {
            return error(e.getMessage());
        }
        timer(started);
        return 0;
    }

    private void timer(long started) {
        if (settings.timer) {
            out.printf(Locale.ROOT, "Run Time: %.3f s%n", (System.nanoTime() - started) / 1e9);
            out.flush();
        }
    }

    int error(String message) {
        out.flush();
        err.println("error: " + message);
        err.flush();
        return 1;
    }

    Connection connection() {
        return connection;
    }

    ShellSettings settings() {
        return settings;
    }

    PrintWriter out() {
        return out;
    }

    void requestQuit() {
        quit = true;
    }

    private static String exitWord(String text) {
        String word = text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
        return word.toLowerCase(Locale.ROOT);
    }
}
