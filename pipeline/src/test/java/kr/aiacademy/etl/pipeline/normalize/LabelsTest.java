package kr.aiacademy.etl.pipeline.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

    enum Status { SUPPORTED, EXCLUDED, PENDING }

    enum Odd { a, A }

    private static final Map<String, Status> LABELS =
            Map.of("지원", Status.SUPPORTED, "제외", Status.EXCLUDED, "대기", Status.PENDING, "Y", Status.SUPPORTED);

    @ParameterizedTest
    @ValueSource(strings = {"SUPPORTED", "supported", "Supported", " supported ", "\tSUPPORTED\n"})
    void matchesConstantNamesIgnoringCase(String value) {
        assertThat(Labels.lookup(Status.class, value, LABELS)).contains(Status.SUPPORTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"지원", " 지원 "})
    void matchesKoreanLabels(String value) {
        assertThat(Labels.lookup(Status.class, value, LABELS)).contains(Status.SUPPORTED);
        assertThat(Labels.lookup(Status.class, "제외", LABELS)).contains(Status.EXCLUDED);
        assertThat(Labels.lookup(Status.class, "대기", LABELS)).contains(Status.PENDING);
    }

    @Test
    void matchesLabelsExactlyOnly() {
        assertThat(Labels.lookup(Status.class, "Y", LABELS)).contains(Status.SUPPORTED);
        assertThat(Labels.lookup(Status.class, "y", LABELS)).isEmpty();
        assertThat(Labels.lookup(Status.class, "지원함", LABELS)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "UNKNOWN", "미정", "SUPPORTED_"})
    void unknownIsEmpty(String value) {
        assertThat(Labels.lookup(Status.class, value, LABELS)).isEmpty();
    }

    @Test
    void worksWithoutLabels() {
        assertThat(Labels.lookup(Status.class, "pending", Map.of())).contains(Status.PENDING);
        assertThat(Labels.lookup(Status.class, "pending", null)).contains(Status.PENDING);
        assertThat(Labels.lookup(Status.class, "지원", null)).isEmpty();
    }

    @Test
    void prefersTheExactNameWhenNamesDifferOnlyInCase() {
        assertThat(Labels.lookup(Odd.class, "a", Map.of())).contains(Odd.a);
        assertThat(Labels.lookup(Odd.class, "A", Map.of())).contains(Odd.A);
    }

    @Test
    void isThreadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        if (Labels.lookup(Status.class, "excluded", LABELS).orElse(null) != Status.EXCLUDED
                                || Labels.lookup(Status.class, "대기", LABELS).orElse(null) != Status.PENDING
                                || Labels.lookup(Odd.class, "a", Map.of()).orElse(null) != Odd.a) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
