package kr.aiacademy.etl.jobs.shell;

/** What a shell session prints and how; dot-commands change it. */
public final class ShellSettings {

    /** Rows shown by the formats for people unless {@code .maxrows} says otherwise. */
    public static final int DEFAULT_MAX_ROWS = 40;

    /** How SQL NULL is shown in the formats for people, unlike any string. */
    public static final String DEFAULT_NULL = "∅";

    ResultFormat format = ResultFormat.TABLE;
    int maxRows = DEFAULT_MAX_ROWS;
    boolean timer;
    String nullValue = DEFAULT_NULL;

    public ShellSettings format(ResultFormat value) {
        format = value;
        return this;
    }

    /** At most this many rows in the formats for people; 0 for all. */
    public ShellSettings maxRows(int value) {
        maxRows = value;
        return this;
    }
}
