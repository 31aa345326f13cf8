package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A drop partition's step execution knows its drop from its name alone (its stored context may be empty). */
class DropPartitionerTest {

    @Test
    void theDropOfAPartitionIsInItsStepExecutionsName() {
        assertThat(DropPartitioner.dropId("enrollmentDropStep:drop42")).isEqualTo(42);
        assertThat(DropPartitioner.dropId("mentoringDropStep:drop7")).isEqualTo(7);
    }

    @Test
    void aStepThatIsNoDropPartitionIsAnError() {
        assertThatThrownBy(() -> DropPartitioner.dropId("enrollmentIngestStep"))
                .hasMessage("not a drop partition's step: enrollmentIngestStep");
    }
}
