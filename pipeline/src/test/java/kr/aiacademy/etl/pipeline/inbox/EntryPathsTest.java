package kr.aiacademy.etl.pipeline.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/x.csv", "\\x.csv", "C:x.csv", "c:\\x.csv", "..", "../x.csv", "a/../x.csv", "a\\..\\x.csv",
        "a/..\\..\\x.csv", "a/..", "nul\0.csv"})
    void spotsUnsafeNames(String name) {
        assertThat(EntryPaths.isUnsafe(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.csv", "a/b/x.csv", "./x.csv", "a\\b.csv", "..x.csv", "a/...csv", "a..b/c.csv"})
    void letsSafeNamesPass(String name) {
        assertThat(EntryPaths.isUnsafe(name)).isFalse();
    }

    @Test
    void splitsOnBothSeparatorsAndDropsDotSegments() {
        assertThat(EntryPaths.segments("./a\\b//c.csv")).containsExactly("a", "b", "c.csv");
        assertThat(EntryPaths.segments("./")).isEmpty();
    }

    @Test
    void dataFilesAreNeitherHiddenNorMacMetadata() {
        assertThat(EntryPaths.isDataFile(List.of("a", "x.csv"), n -> n.endsWith(".csv"))).isTrue();
        assertThat(EntryPaths.isDataFile(List.of("a", ".x.csv"), n -> n.endsWith(".csv"))).isFalse();
        assertThat(EntryPaths.isDataFile(List.of("__MACOSX", "x.csv"), n -> n.endsWith(".csv"))).isFalse();
        assertThat(EntryPaths.isDataFile(List.of("README.txt"), n -> n.endsWith(".csv"))).isFalse();
    }
}
