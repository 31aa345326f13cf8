package kr.aiacademy.etl.jobs.control;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The load lock that fits the metadata database: an advisory lock on PostgreSQL, else a lock file. */
@Configuration(proxyBeanMethods = false)
class LoadLockConfiguration {

    @Bean
    LoadLock loadLock(DataSource dataSource, DataDir dataDir) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                return new AdvisoryLoadLock(dataSource);
            }
        }
        return new FileLoadLock(dataDir.state().resolve("nightly-load.lock"));
    }
}
