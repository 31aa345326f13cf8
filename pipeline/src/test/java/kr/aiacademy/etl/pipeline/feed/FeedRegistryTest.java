package kr.aiacademy.etl.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kr.aiacademy.etl.pipeline.budget.BudgetFeed;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import org.junit.jupiter.api.Test;

class FeedRegistryTest {

    @Test
    void theContractsFeedsAreRegisteredInTheirOrder() {
        assertThat(FeedRegistry.installed().names()).containsExactly("enrollment", "employment", "awards", "budget");
        assertThat(FeedRegistry.installed().get("budget")).isInstanceOf(BudgetFeed.class);
    }

    @Test
    void anUnknownFeedIsNamedWithTheFeedsThereAre() {
        assertThatThrownBy(() -> FeedRegistry.installed().get("payroll"))
                .hasMessage("no feed named 'payroll' (the feeds: enrollment, employment, awards or budget)");
    }

    @Test
    void twoFeedsOfOneNameAreRefused() {
        assertThatThrownBy(() -> new FeedRegistry(List.of(new EnrollmentFeed(), new EnrollmentFeed())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("two feeds are registered as 'enrollment'");
    }

    @Test
    void theCsvFeedsShareTheirFileCheck() {
        assertThat(FeedRegistry.installed().all()).filteredOn(feed -> feed instanceof CsvFeed)
                .extracting(FeedSpec::name).containsExactly("enrollment", "budget");
        assertThat(new EnrollmentFeed().isDataFile("ENROLLMENT_20210301.CSV")).isTrue();
        assertThat(new BudgetFeed().isDataFile("budget_20210301.jsonl")).isFalse();
    }
}
