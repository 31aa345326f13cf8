package kr.aiacademy.etl.jobs.shell;

import java.io.IOException;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The width of the terminal that standard output goes to, looked up once, when first asked. */
public final class Terminals {

    private Terminals() {
    }

    /** The width in columns, or 0 when it cannot be known. */
    public static IntSupplier width() {
        return new IntSupplier() {
            private int width = -1;

            @Override
            public int getAsInt() {
                if (width < 0) {
                    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                        width = Math.max(terminal.getWidth(), 0);
                    } catch (IOException e) {
                        width = 0;
                    }
                }
                return width;
            }
        };
    }
}
