import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads a warehouse file the way a DuckDB 1.4 client does and prints what a BI tool would show: the engine's
 * version, the rows of kpi_cohort, the comment of fact_application and its foreign keys. Run with Java's source
 * launcher and only the 1.4 driver on the class path (StorageCompatibilityIT):
 * {@code java -cp duckdb_jdbc-1.4.4.0.jar ReadWarehouse.java <warehouse file>}. A failure ends the program with
 * the driver's error and exit status 1.
 */
public class ReadWarehouse {

    public static void main(String[] args) throws SQLException {
        String url = "jdbc:duckdb:" + args[0] + ";access_mode=READ_ONLY";
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            print(statement, "select 'version ' || version()");
            print(statement, "select 'kpi_cohort ' || cohort || ' ' || applicants || ' ' || admitted || ' ' "
                    + "|| completers from kpi_cohort order by cohort");
            print(statement, "select 'comment ' || comment from duckdb_tables() where table_name = 'fact_application'");
            try (ResultSet rs = connection.getMetaData().getImportedKeys(null, "main", "fact_application")) {
                while (rs.next()) {
                    System.out.println("foreign key " + rs.getString("FKCOLUMN_NAME") + " -> "
                            + rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME"));
                }
            }
        }
    }

    private static void print(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
        }
    }
}
