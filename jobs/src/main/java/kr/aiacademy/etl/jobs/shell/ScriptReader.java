package kr.aiacademy.etl.jobs.shell;

import java.io.BufferedReader;
import java.io.IOException;
import kr.aiacademy.etl.warehouse.query.SqlText;

/**
 * Feeds text that is not typed at a prompt — standard input from a pipe, a file of {@code .read} — to a shell:
 * a dot-command or exit word on a line of its own, SQL up to a semicolon that ends a line (several statements
 * may share one), and whatever is left at the end. No prompts.
 */
final class ScriptReader {

    private ScriptReader() {
    }

    /** Runs every input of the text in turn; 0 when all went well, else 1. Stops at a quit. */
    static int run(BufferedReader in, SqlShell shell) throws IOException {
        StringBuilder buffer = new StringBuilder();
        int status = 0;
        for (String line = in.readLine(); line != null && !shell.quitRequested(); line = in.readLine()) {
            if (buffer.isEmpty() && SqlShell.isCommand(line)) {
                status = Math.max(status, shell.run(line));
                continue;
            }
            if (buffer.isEmpty() && line.isBlank()) {
                continue;
            }
            buffer.append(line).append('\n');
            if (SqlText.endsStatement(buffer.toString())) {
                status = Math.max(status, shell.run(buffer.toString()));
                buffer.setLength(0);
            }
        }
        if (!buffer.toString().isBlank() && !shell.quitRequested()) {
            status = Math.max(status, shell.run(buffer.toString()));
        }
        return status;
    }
}
