package kr.aiacademy.etl.jobs.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.aiacademy.etl.warehouse.build.SqlScript;

/** The shell's dot-commands: the catalog and its documentation, output settings, scripts, leaving. */
final class DotCommands {

    private static final String TABLES = SqlScript.load("shell/tables.sql").statements().get(0);
    private static final String COLUMNS = SqlScript.load("shell/columns.sql").statements().get(0);
    private static final String SCHEMA = SqlScript.load("shell/schema.sql").statements().get(0);

    private interface Action {
        int run(List<String> arguments) throws Exception;
    }

    private record Command(String usage, String help, Action action) {
    }

    private final SqlShell shell;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    DotCommands(SqlShell shell) {
        this.shell = shell;
        add(".tables", "[PATTERN]", "tables and views (PATTERN: a glob such as dim_*), with rows and comment",
                this::tables);
        add(".schema", "[NAME]", "the CREATE statements of the tables and views, or of one", this::schema);
        add(".describe", "NAME", "the columns of a table or view: type, NULL allowed, keys", this::describe);
        add(".docs", "[NAME]", "the data dictionary: what each table and view holds, or each column of one",
                this::docs);
        add(".mode", "[" + ResultFormat.names().replace(", ", "|") + "]", "how results are shown (now: the current mode)",
                this::mode);
        add(".maxrows", "[N]", "rows shown in table, markdown and line modes (default "
                + ShellSettings.DEFAULT_MAX_ROWS + "; 0: all)", this::maxRows);
        add(".nullvalue", "[TEXT]", "how NULL is shown (default " + ShellSettings.DEFAULT_NULL + ")",
                this::nullValue);
        add(".timer", "on|off", "print how long each statement took", this::timer);
        add(".read", "FILE", "run the statements and dot-commands of a file", this::read);
        add(".help", "", "this list", arguments -> help());
        add(".quit", "", "leave the shell (also .exit, exit, quit, \\q, Ctrl-D)", arguments -> quit());
        add(".exit", "", "leave the shell", arguments -> quit());
    }

    /** The names of the dot-commands, for completion. */
    Set<String> names() {
        return commands.keySet();
    }

    int run(String line) {
        List<String> words = Arrays.asList(line.strip().split("\\s+"));
        String name = words.get(0).toLowerCase(Locale.ROOT);
        Command command = commands.get(name);
        if (command == null) {
            return shell.error("unknown command " + words.get(0) + ": .help lists the commands");
        }
        try {
            return command.action.run(words.subList(1, words.size()));
        } catch (UsageException e) {
            return shell.error(e.getMessage() + " (usage: " + name + " " + command.usage + ")");
        } catch (Exception e) {
            return shell.error(name + ": " + e.getMessage());
        }
    }

    private void add(String name, String usage, String help, Action action) {
        commands.put(name, new Command(usage, help, action));
    }

    private int tables(List<String> arguments) {
        return shell.query(TABLES, arguments.isEmpty() ? "*" : arguments.get(0));
    }

    private int schema(List<String> arguments) throws SQLException {
        String pattern = arguments.isEmpty() ? "*" : known(arguments.get(0));
        PrintWriter out = shell.out();
        try (PreparedStatement statement = shell.connection().prepareStatement(SCHEMA)) {
            statement.setString(1, pattern);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.println(rs.getString(1));
                }
            }
        }
        out.flush();
        return 0;
    }

    private int describe(List<String> arguments) throws SQLException {
        String name = known(one(arguments));
        return shell.query("select \"column\", type, nullable, \"key\" from (" + COLUMNS + ") order by position",
                name);
    }

    private int docs(List<String> arguments) throws SQLException {
        if (arguments.isEmpty()) {
            return shell.query("select name, kind, comment from (" + TABLES + ")", "*");
        }
        String name = known(one(arguments));
        try (PreparedStatement statement = shell.connection().prepareStatement(
                "select kind, comment from (" + TABLES + ")")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                shell.out().println(name + " (" + rs.getString(1) + "): "
                        + (rs.getString(2) == null ? "no comment" : rs.getString(2)));
            }
        }
        return shell.query("select \"column\", type, comment from (" + COLUMNS + ") order by position", name);
    }

    private int mode(List<String> arguments) {
        if (arguments.isEmpty()) {
            shell.out().println(shell.settings().format.name().toLowerCase(Locale.ROOT));
            shell.out().flush();
            return 0;
        }
        try {
            shell.settings().format = ResultFormat.parse(one(arguments));
        } catch (IllegalArgumentException e) {
            throw new UsageException("the mode " + e.getMessage());
        }
        return 0;
    }

    private int maxRows(List<String> arguments) {
        if (arguments.isEmpty()) {
            shell.out().println(shell.settings().maxRows);
            shell.out().flush();
            return 0;
        }
        try {
            int value = Integer.parseInt(one(arguments));
            if (value < 0) {
                throw new NumberFormatException();
            }
            shell.settings().maxRows = value;
            return 0;
        } catch (NumberFormatException e) {
            throw new UsageException("the row count must be a whole number ≥ 0, not '" + arguments.get(0) + "'");
        }
    }

    private int nullValue(List<String> arguments) {
        shell.settings().nullValue = String.join(" ", arguments);
        return 0;
    }

    private int timer(List<String> arguments) {
        switch (one(arguments).toLowerCase(Locale.ROOT)) {
            case "on" -> shell.settings().timer = true;
            case "off" -> shell.settings().timer = false;
            default -> throw new UsageException("the timer is on or off, not '" + arguments.get(0) + "'");
        }
        return 0;
    }

    private int read(List<String> arguments) throws IOException {
        if (arguments.isEmpty()) {
            throw new UsageException("a file is needed");
        }
        Path file = Path.of(String.join(" ", arguments));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return shell.error(".read: cannot read " + file.toAbsolutePath());
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ScriptReader.run(in, shell);
        }
    }

    private int help() {
        PrintWriter out = shell.out();
        int width = commands.entrySet().stream()
                .mapToInt(e -> (e.getKey() + " " + e.getValue().usage).length()).max().orElse(0);
        out.println("SQL statements end with ';' (several may share a line). Only queries are allowed: the "
                + "warehouse is read-only and no file can be read or written.");
        commands.forEach((name, command) -> {
            String usage = (name + " " + command.usage).strip();
            out.println("  " + usage + " ".repeat(width - usage.length() + 2) + command.help);
        });
        out.println("Keys: Tab completes, ↑/↓ and Ctrl-R search the history, Ctrl-C cancels a running query "
                + "(or clears the line), Ctrl-D leaves.");
        out.flush();
        return 0;
    }

    private int quit() {
        shell.requestQuit();
        return 0;
    }

    /** The name, if a table or view of that name exists; else a clear error. */
    private String known(String name) throws SQLException {
        try (PreparedStatement statement = shell.connection().prepareStatement(
                "select count(*) from (" + TABLES + ")")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    throw new UsageException("no table or view is named '" + name + "': .tables lists them");
                }
            }
        }
        return name;
    }

    private static String one(List<String> arguments) {
        if (arguments.size() != 1) {
            throw new UsageException(arguments.isEmpty() ? "an argument is needed" : "one argument only");
        }
        return arguments.get(0);
    }

    /** A dot-command given the wrong arguments. */
    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
