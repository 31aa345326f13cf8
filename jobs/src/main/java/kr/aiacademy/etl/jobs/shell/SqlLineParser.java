package kr.aiacademy.etl.jobs.shell;

import kr.aiacademy.etl.warehouse.query.SqlText;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine when what was typed is complete: a dot-command or exit word at once, SQL once it ends with a
 * semicolon outside strings and comments; until then Enter continues on the next line.
 */
final class SqlLineParser extends DefaultParser {

    SqlLineParser() {
        setEscapeChars(null);
    }

    /** Words for completion also end at parentheses, commas, operators and semicolons. */
    @Override
    public boolean isDelimiterChar(CharSequence buffer, int pos) {
        return super.isDelimiterChar(buffer, pos) || "(),;=<>+-*/|".indexOf(buffer.charAt(pos)) >= 0;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !SqlShell.isCommand(line)
                && !SqlText.endsStatement(line)) {
            throw new EOFError(-1, cursor, "the statement goes on until a ';'");
        }
        return super.parse(line, cursor, context);
    }
}
