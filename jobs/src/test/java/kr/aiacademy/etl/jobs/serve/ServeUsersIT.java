package kr.aiacademy.etl.jobs.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.warehouse.query.DuckDb;
import kr.aiacademy.etl.warehouse.serve.EndpointSettings;
import kr.aiacademy.etl.warehouse.serve.SelfSignedCertificate;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More users from a file of salted password hashes made by {@code ./etl serve --hash-password}. */
class ServeUsersIT {

    @TempDir
    Path data;

    @BeforeEach
    void anEmptyPublishedWarehouse() throws Exception {
        Files.createDirectories(data.resolve("warehouse"));
        DuckDb.openForBuild(data.resolve("warehouse/warehouse.duckdb")).close();
    }

    @Test
    void aUserOfTheFileLogsInWithTheirPasswordOnlyAndTheEnvironmentsUserStill() throws Exception {
        Path file = usersFile(hashPassword("지민", "지민의 비밀 passphrase") + "\n");

        try (SqlEndpoint endpoint = SqlEndpoint.start(new EndpointSettings(data.resolve("warehouse/warehouse.duckdb"),
                "127.0.0.1", 0, Users.of(FlightJdbc.USER, FlightJdbc.PASSWORD).withFile(file),
                SelfSignedCertificate.ensure(data.resolve("state"), "127.0.0.1")))) {
            try (Connection connection = FlightJdbc.connect(endpoint.port(), "지민", "지민의 비밀 passphrase")) {
                assertThat(FlightJdbc.rows(connection, "select 1")).containsExactly(List.of("1"));
            }
            assertThatThrownBy(() -> {
                try (Connection connection = FlightJdbc.connect(endpoint.port(), "지민", "지민의 비밀 passphrasE")) {
                    FlightJdbc.rows(connection, "select 1");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("wrong user name or password");
            try (Connection connection = FlightJdbc.connect(endpoint.port())) {
                assertThat(FlightJdbc.rows(connection, "select 2")).containsExactly(List.of("2"));
            }
        }
    }

    @Test
    void aMalformedOrGroupReadableFileStopsTheStartWithAUsageErrorNamingFileAndLine() throws Exception {
        Path file = usersFile(hashPassword("a", "pass") + "\nb:plain-password\n");
        ChildEtl serve = ChildEtl.start(data, Map.of("ETL_SERVE_USER", FlightJdbc.USER, "ETL_SERVE_PASSWORD",
                FlightJdbc.PASSWORD, "ETL_SERVE_USERS_FILE", file.toString()), "serve", "--data-dir",
                data.toString(), "--port", "0");
        assertThat(serve.waitFor(Duration.ofSeconds(60))).isEqualTo(2);
        assertThat(serve.output().strip()).endsWith("error: users file " + file + " line 2: expected "
                + "name:pbkdf2-sha256$ITERATIONS$SALT$HASH (as ./etl serve --hash-password NAME prints)");

        Files.writeString(file, hashPassword("a", "pass") + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        ChildEtl again = ChildEtl.start(data, Map.of("ETL_SERVE_USER", FlightJdbc.USER, "ETL_SERVE_PASSWORD",
                FlightJdbc.PASSWORD), "serve", "--data-dir", data.toString(), "--port", "0", "--users-file",
                file.toString());
        assertThat(again.waitFor(Duration.ofSeconds(60))).isEqualTo(2);
        assertThat(again.output().strip()).endsWith("error: users file " + file + " is readable by other users "
                + "(rw-r--r--): make it owner-only (chmod 600 " + file + ")");
    }

    /** {@code ./etl serve --hash-password USER} with the password on standard input (no terminal here). */
    private static String hashPassword(String user, String password) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            Cli hash = Cli.run("serve", "--hash-password", user);
            assertThat(hash.status()).as(hash.err()).isZero();
            assertThat(hash.out()).startsWith(user + ":pbkdf2-sha256$210000$").doesNotContain(password);
            return hash.out().strip();
        } finally {
            System.setIn(stdin);
        }
    }

    private Path usersFile(String text) throws Exception {
        Path file = data.resolve("users");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
