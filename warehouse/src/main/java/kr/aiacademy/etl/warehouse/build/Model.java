package kr.aiacademy.etl.warehouse.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One SQL model of the build: a file {@code sql/<folder>/<name>.sql} creating the table or view {@code <name>},
 * its header ({@link ModelHeader}) and the other models it reads.
 */
public record Model(SqlScript script, String name, String folder, String kind, ModelHeader header,
        Set<String> reads) {

    public Model {
        reads = Collections.unmodifiableSet(new TreeSet<>(reads));
    }

    /** Whether the build creates it empty before loading it (a staging table, the ledger copy, the build record). */
    public boolean isInput() {
        return header.input() != null;
    }

    /**
     * How the build names it: in its schema when that is not main ({@code build.stg_enrollment}), else by its name
     * alone (a temp table of the build is found by it too).
     */
    public String qualifiedName() {
        return header.schema().equals(ModelHeader.MAIN) ? name : header.schema() + "." + name;
    }

    /** Whether an update rebuilds only the rows of its scope ({@link Incremental}). */
    public boolean isIncremental() {
        return header.incremental() != null;
    }

    /** The {@code comment on} statements of its description and column comments. */
    List<String> comments() {
        List<String> comments = new ArrayList<>();
        if (header.description() != null) {
            comments.add("comment on " + kind + " " + qualifiedName() + " is " + literal(header.description()));
        }
        header.columns().forEach((column, comment) -> comments.add("comment on column " + qualifiedName() + "." + column
                + " is " + literal(comment)));
        return comments;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
