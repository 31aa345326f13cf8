package kr.aiacademy.etl.jobs;

import java.time.Clock;
import javax.sql.DataSource;
import kr.aiacademy.etl.pipeline.awards.AwardsFeed;
import kr.aiacademy.etl.pipeline.budget.BudgetFeed;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.datadir.DiskSpace;
import kr.aiacademy.etl.pipeline.employment.EmploymentFeed;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import kr.aiacademy.etl.pipeline.inbox.DropLander;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.UnpackLimits;
import kr.aiacademy.etl.pipeline.privacy.PiiKey;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import kr.aiacademy.etl.pipeline.sis.Watermarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the pipeline library, built from the {@code etl.*} settings. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PipelineConfiguration.class);

    @Bean
    DataDir dataDir(EtlProperties properties) {
        return new DataDir(properties.dataDir(), new DiskSpace(properties.storage().reserve().toBytes()));
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    DropLedger dropLedger(DataSource dataSource, EtlProperties properties) {
        DropLedger ledger = new DropLedger(dataSource);
        if (!properties.readOnly()) {
            ledger.initialize();
        }
        return ledger;
    }

    @Bean
    DropLander dropLander(DropLedger ledger, DataDir dataDir, EtlProperties properties, Clock clock) {
        UnpackLimits limits = new UnpackLimits(properties.unpack().maxExpanded().toBytes(),
                properties.unpack().maxRatio());
        return new DropLander(ledger, dataDir, limits, clock, properties.ingest().threads(),
                properties.landing().settleTime());
    }

    @Bean
    Watermarks watermarks(DataSource dataSource) {
        return new Watermarks(dataSource);
    }

    @Bean
    EnrollmentFeed enrollmentFeed() {
        return new EnrollmentFeed();
    }

    @Bean
    EmploymentFeed employmentFeed() {
        return new EmploymentFeed();
    }

    @Bean
    AwardsFeed awardsFeed() {
        return new AwardsFeed();
    }

    @Bean
    BudgetFeed budgetFeed() {
        return new BudgetFeed();
    }

    @Bean
    Pseudonymizer pseudonymizer(EtlProperties properties, DataDir dataDir) {
        PiiKey key = PiiKey.resolve(properties.pii().key(), dataDir.state(), properties.pii().required());
        if (properties.pii().key() == null || properties.pii().key().isBlank()) {
            log.warn("ETL_PII_KEY is not set: pseudonyms use the key in {} (fine for the demo, not for "
                    + "production)", dataDir.state().resolve("pii.key"));
        }
        return new Pseudonymizer(key.bytes());
    }
}
