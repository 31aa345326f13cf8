package kr.aiacademy.etl.warehouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void theTwoLargestUnitsOfADuration() {
        assertThat(Durations.forPeople(Duration.ofDays(3).plusHours(4).plusMinutes(59))).isEqualTo("3 d 4 h");
        assertThat(Durations.forPeople(Duration.ofHours(5).plusMinutes(12).plusSeconds(30))).isEqualTo("5 h 12 min");
        assertThat(Durations.forPeople(Duration.ofMinutes(7).plusSeconds(30))).isEqualTo("7 min");
        assertThat(Durations.forPeople(Duration.ofSeconds(40))).isEqualTo("40 s");
    }

    @Test
    void noneAndNegativeDurations() {
        assertThat(Durations.forPeople(null)).isEqualTo("-");
        // a clock set back on the machine that wrote the ledger: shown as no age, not as minus seconds
        assertThat(Durations.forPeople(Duration.ofSeconds(-5))).isEqualTo("0 s");
    }
}
