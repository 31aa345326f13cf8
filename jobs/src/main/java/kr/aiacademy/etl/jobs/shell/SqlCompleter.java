package kr.aiacademy.etl.jobs.shell;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kr.aiacademy.etl.warehouse.build.SqlScript;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: dot-commands at the start of a line, else SQL keywords, tables, views, columns and functions
 * of the warehouse (read from its catalog at the first Tab, so that starting the shell stays fast).
 */
final class SqlCompleter implements Completer {

    private static final String WORDS = SqlScript.load("shell/words.sql").statements().get(0);

    private final Connection connection;
    private final Collection<String> commands;
    private List<Candidate> words;

    SqlCompleter(Connection connection, Collection<String> commands) {
        this.connection = connection;
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0 && line.word().startsWith(".")) {
            commands.forEach(command -> candidates.add(new Candidate(command)));
            return;
        }
        candidates.addAll(words());
    }

    private List<Candidate> words() {
        if (words == null) {
            List<Candidate> loaded = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(WORDS)) {
                while (rs.next()) {
                    loaded.add(new Candidate(rs.getString(1)));
                }
            } catch (SQLException e) {
                return List.of(); // no completion rather than a broken prompt; the next Tab tries again
            }
            words = loaded;
        }
        return words;
    }
}
