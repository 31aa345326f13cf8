package kr.aiacademy.etl.jobs.history;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import kr.aiacademy.etl.jobs.EtlProperties;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The metadata database as the application opens it, without starting the application: the settings read the way
 * Spring Boot reads them (its config data: {@code application.yml} and the profiles' files, then the environment
 * and the arguments, {@code --spring.profiles.active=postgres} included), the {@code etl.*} settings bound and
 * checked, and one JDBC connection to {@code spring.datasource.url}. For {@code ./etl history}, whose start-up
 * the whole application (jobs, Batch, Quartz, Actuator, a connection pool) would more than double.
 */
public final class MetadataReader implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final EtlProperties properties;

    private MetadataReader(SingleConnectionDataSource dataSource, EtlProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /** Reads the settings of the arguments ({@code --name=value}) and connects. */
    public static MetadataReader open(String... arguments) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(arguments));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        ConfigurationPropertySources.attach(environment);
        EtlProperties properties = Binder.get(environment).bindOrCreate("etl", EtlProperties.class);
        String url = environment.getRequiredProperty("spring.datasource.url");
        Connection connection;
        try {
            // the database's own driver, not java.sql.DriverManager: that would load every driver of the class path
            // (DuckDB's starts a memory monitor with Java Flight Recorder)
            Driver driver = (Driver) Class.forName(DatabaseDriver.fromJdbcUrl(url).getDriverClassName())
                    .getDeclaredConstructor().newInstance();
            connection = new SimpleDriverDataSource(driver, url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password")).getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("the metadata database " + url + " cannot be reached: " + e.getMessage(),
                    e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("no JDBC driver for the metadata database " + url, e);
        }
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
        return new MetadataReader(dataSource, properties);
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public EtlProperties properties() {
        return properties;
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
