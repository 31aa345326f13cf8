package kr.aiacademy.etl.warehouse.build;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A feed's freshness when the warehouse was built, as the loads judge it ({@code ./etl status}): its newest loaded
 * drop, that drop's age, the thresholds and the verdict. Given to the build as data, so that {@code etl_freshness}
 * shows exactly what the status and the run report said.
 *
 * @param ageSeconds        seconds since the newest drop arrived, at {@code checkedAt}; null without a drop
 * @param warnAfterSeconds  null: no warning threshold
 * @param errorAfterSeconds null: no error threshold
 * @param verdict           FRESH, WARN, ERROR or UNCHECKED
 */
public record FeedFreshness(String feed, String newestDrop, LocalDate dropDate, LocalDateTime arrivedAt,
        Long ageSeconds, Long warnAfterSeconds, Long errorAfterSeconds, String verdict, LocalDateTime checkedAt) {
}
