package kr.aiacademy.etl.jobs.serve;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Connects to the endpoint with Apache Arrow's Flight SQL JDBC driver, the way a BI tool does. */
final class FlightJdbc {

    private FlightJdbc() {
    }

    static final String USER = "analyst";
    static final String PASSWORD = "s3cret-분석";

    static Connection connect(int port) throws SQLException {
        return connect(port, USER, PASSWORD);
    }

    /** Over TLS, trusting the self-signed certificate (as a BI tool told to). */
    static Connection connect(int port, String user, String password) throws SQLException {
        return connect("jdbc:arrow-flight-sql://127.0.0.1:" + port
                + "?useEncryption=true&disableCertificateVerification=true", user, password);
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url, properties);
    }

    static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return rows(result);
        }
    }

    static List<List<String>> rows(ResultSet result) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                row.add(result.getString(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
