package kr.aiacademy.etl.jobs.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import kr.aiacademy.etl.jobs.EtlProperties;
import org.junit.jupiter.api.Test;

class FreshnessTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);
    private static final EtlProperties.Threshold DAILY =
            new EtlProperties.Threshold(Duration.ofHours(36), Duration.ofHours(72));

    @Test
    void aDropWithinTheWarningThresholdIsFreshThenLateThenAnError() {
        assertThat(verdict(NOW.minusHours(35), DAILY)).isEqualTo(Freshness.Verdict.FRESH);
        assertThat(verdict(NOW.minusHours(37), DAILY)).isEqualTo(Freshness.Verdict.WARN);
        assertThat(verdict(NOW.minusHours(73), DAILY)).isEqualTo(Freshness.Verdict.ERROR);
    }

    @Test
    void aFeedWithThresholdsAndNoDropYetIsAnErrorOneWithoutIsNeverLate() {
        assertThat(verdict(null, DAILY)).isEqualTo(Freshness.Verdict.ERROR);
        assertThat(verdict(NOW.minusDays(400), null)).isEqualTo(Freshness.Verdict.UNCHECKED);
        assertThat(verdict(null, new EtlProperties.Threshold(null, null))).isEqualTo(Freshness.Verdict.UNCHECKED);
    }

    @Test
    void theAgeIsCountedFromTheArrival() {
        Freshness freshness = Freshness.of("enrollment", "enrollment_20261130.csv", null, NOW.minusHours(5), DAILY,
                NOW);

        assertThat(freshness.age()).isEqualTo(Duration.ofHours(5));
    }

    private static Freshness.Verdict verdict(LocalDateTime arrived, EtlProperties.Threshold threshold) {
        return Freshness.of("enrollment", "x", null, arrived, threshold, NOW).verdict();
    }
}
