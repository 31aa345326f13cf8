package kr.aiacademy.etl.warehouse.build;

import java.util.List;

/** A foreign key of a model: these columns of its table reference those columns of another table. */
public record ForeignKey(List<String> columns, String table, List<String> references) {

    public ForeignKey {
        columns = List.copyOf(columns);
        references = List.copyOf(references);
    }

    /** The clause of a {@code create table} statement; also how error messages name the key. */
    @Override
    public String toString() {
        return "foreign key (" + String.join(", ", columns) + ") references " + table + " ("
                + String.join(", ", references) + ")";
    }
}
