package kr.aiacademy.etl.jobs;

import java.io.PrintWriter;
import java.io.StringWriter;
import kr.aiacademy.etl.jobs.cli.EtlCommand;

/** Runs {@code ./etl} in this JVM and keeps what it printed. */
public record Cli(int status, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = EtlCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(status, out.toString(), err.toString());
    }
}
