package kr.aiacademy.etl.warehouse.build;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fills the input tables read from Parquet files (a feed's lake files, the rejects files, the KPI history) with
 * {@code read_parquet()}. One kept in the build's schema records the lake file of every row in {@code lake_file}
 * (its file name: lake and rejects files are named by the digest of their drop), so an update
 * ({@link #update}) reads only the files added since and deletes the rows of the files gone, and says what changed in
 * {@code delta_<table>}: the rows removed and the rows added.
 */
final class LakeInputs {

    /** Options of a table whose files may come from older versions, lacking newer columns: matched by name. */
    static final String UNION_BY_NAME = ", union_by_name = true";

    private LakeInputs() {
    }

    /** Loads these files into the table of an input model. */
    static void load(Connection connection, Model table, List<Path> files, String options) throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        boolean kept = table.header().schema().equals(BuildState.SCHEMA);
        String columns = kept ? "* exclude (filename), parse_filename(filename) as lake_file" : "*";
        execute(connection, "insert into " + table.qualifiedName() + " by name select " + columns
                + " from read_parquet(" + list(files) + ", hive_partitioning = false" + (kept ? ", filename = true" : "")
                + options + ")", table, files.size());
    }

    /**
     * Brings a kept input table to these files: the rows of files no longer listed (a drop corrected or rejected
     * since) are deleted, the files not read yet are added; {@code delta_<table>} (temporary) holds both. Returns the
     * number of files added and removed.
     */
    static int update(Connection connection, Model table, List<Path> files) throws SQLException {
        String name = table.qualifiedName();
        Set<String> loaded = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select distinct lake_file from " + name)) {
            while (rs.next()) {
                loaded.add(rs.getString(1));
            }
        }
        Set<String> listed = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        List<Path> added = files.stream().filter(f -> !loaded.contains(f.getFileName().toString())).toList();
        List<String> removed = new ArrayList<>(loaded);
        removed.removeIf(listed::contains);
        String delta = "delta_" + table.name();
        execute(connection, "create or replace temp table " + delta + " as select * from " + name + " where "
                + ofFiles(removed), table, removed.size());
        if (!removed.isEmpty()) {
            execute(connection, "delete from " + name + " where " + ofFiles(removed), table, removed.size());
        }
        load(connection, table, added, "");
        if (!added.isEmpty()) {
            execute(connection, "insert into " + delta + " select * from " + name + " where "
                    + ofFiles(added.stream().map(f -> f.getFileName().toString()).toList()), table, added.size());
        }
        return added.size() + removed.size();
    }

    /** The rows of these lake files. */
    private static String ofFiles(List<String> names) {
        return names.isEmpty() ? "false"
                : names.stream().map(LakeInputs::literal).collect(Collectors.joining(", ", "lake_file in (", ")"));
    }

    private static String list(List<Path> files) {
        return files.stream().map(p -> literal(p.toAbsolutePath().toString()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void execute(Connection connection, String sql, Model table, int files) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("loading " + table.name() + " from " + files + " lake file(s) failed: "
                    + e.getMessage(), e);
        }
    }
}
