package kr.aiacademy.etl.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import kr.aiacademy.etl.pipeline.awards.AwardsFeed;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code etl.freshness.<feed>.*}: a map keyed by feed name over each feed's own defaults. */
class FreshnessSettingsTest {

    @Test
    void aFeedWithoutSettingsHasItsOwnDefaults() {
        EtlProperties settings = bind(Map.of());

        assertThat(settings.freshness(new EnrollmentFeed()))
                .isEqualTo(new EtlProperties.Threshold(Duration.ofHours(36), Duration.ofHours(72)));
        assertThat(settings.freshness(new AwardsFeed())).isNull();
    }

    @Test
    void aSettingOverridesItsDefaultAlone() {
        EtlProperties settings = bind(Map.of("etl.freshness.enrollment.error-after", "100h",
                "etl.freshness.awards.warn-after", "400d"));

        assertThat(settings.freshness(new EnrollmentFeed()))
                .isEqualTo(new EtlProperties.Threshold(Duration.ofHours(36), Duration.ofHours(100)));
        assertThat(settings.freshness(new AwardsFeed()))
                .isEqualTo(new EtlProperties.Threshold(Duration.ofDays(400), null));
    }

    @Test
    void aSettingForAFeedThatIsNotRegisteredIsRefused() {
        EtlProperties settings = bind(Map.of("etl.freshness.payroll.warn-after", "1h"));

        assertThatThrownBy(() -> settings.checkFeeds(FeedRegistry.installed()))
                .hasMessageStartingWith("etl.freshness.payroll is not allowed: payroll is not a feed (the feeds: "
                        + "enrollment, employment, awards");
    }

    @Test
    void aWarningSetPastTheDefaultErrorIsRefusedAtStartUp() {
        EtlProperties settings = bind(Map.of("etl.freshness.enrollment.warn-after", "100h"));

        assertThatThrownBy(() -> settings.checkFeeds(FeedRegistry.installed()))
                .hasMessageStartingWith("etl.freshness.*.error-after=PT72H is not allowed: it must be at least "
                        + "warn-after");
    }

    @Test
    void theSettingsAreNamedPerRegisteredFeed() {
        assertThat(SettingNames.isKnown("etl.freshness.budget.warn-after")).isTrue();
        assertThat(SettingNames.isKnown("etl.freshness.awards.errorAfter")).isTrue();
        assertThat(SettingNames.isKnown("etl.freshness.payroll.warn-after")).isFalse();
        assertThat(SettingNames.isKnown("etl.freshness")).isFalse();
    }

    private static EtlProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("etl", EtlProperties.class);
    }
}
