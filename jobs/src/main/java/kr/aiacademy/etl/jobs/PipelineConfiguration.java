package kr.aiacademy.etl.jobs;

import java.time.Clock;
import javax.sql.DataSource;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.datadir.DiskSpace;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.pipeline.inbox.DropLander;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LandedDrops;
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

    /** How far a drop may expand: when an archive is unpacked, and when a compressed drop is read. */
    @Bean
    UnpackLimits unpackLimits(EtlProperties properties) {
        return new UnpackLimits(properties.unpack().maxExpanded().toBytes(), properties.unpack().maxRatio());
    }

    @Bean
    LandedDrops landedDrops(DataDir dataDir, UnpackLimits limits) {
        return new LandedDrops(dataDir, limits);
    }

    @Bean
    DropLander dropLander(DropLedger ledger, DataDir dataDir, UnpackLimits limits, EtlProperties properties,
            Clock clock) {
        return new DropLander(ledger, dataDir, limits, clock, properties.ingest().threads(),
                properties.landing().settleTime());
    }

    @Bean
    Watermarks watermarks(DataSource dataSource) {
        return new Watermarks(dataSource);
    }

    /** The feeds registered on the class path; a freshness setting for a feed that is not one of them is refused. */
    @Bean
    FeedRegistry feeds(EtlProperties properties) {
        FeedRegistry feeds = FeedRegistry.installed();
        properties.checkFeeds(feeds);
        return feeds;
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
