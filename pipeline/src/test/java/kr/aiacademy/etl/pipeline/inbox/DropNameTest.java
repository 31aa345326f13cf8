package kr.aiacademy.etl.pipeline.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DropNameTest {

    @Test
    void parsesANameWithoutSequence() throws Exception {
        assertThat(DropName.parse("enrollment_20210301.csv"))
                .isEqualTo(new DropName("enrollment", LocalDate.of(2021, 3, 1), 0, "enrollment_20210301.csv"));
    }

    @Test
    void parsesANameWithSequenceAndDoubleExtension() throws Exception {
        DropName name = DropName.parse("budget_20240229_12.tar.gz");

        assertThat(name.feed()).isEqualTo("budget");
        assertThat(name.date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(name.seq()).isEqualTo(12);
        assertThat(name.fileName()).isEqualTo("budget_20240229_12.tar.gz");
    }

    @Test
    void acceptsEveryFeed() throws Exception {
        for (String feed : List.of("enrollment", "employment", "awards", "budget")) {
            assertThat(DropName.parse(feed + "_20210301.zip").feed()).isEqualTo(feed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"payroll_20210301.csv", "enrollment_20210230.csv", "enrollment.csv",
        "enrollment_2021030.csv", "enrollment_20210301", "enrollment_20210301_0.csv",
        "enrollment_20210301_x.csv", "Enrollment_20210301.csv", "enrollment_20210301.", "dir/enrollment_20210301.csv",
        "enrollment_20211301.csv", ""})
    void rejectsBadNames(String bad) {
        assertThatThrownBy(() -> DropName.parse(bad))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageStartingWith("drop name '" + bad + "' does not match <feed>_<yyyyMMdd>[_<seq>].<ext>");
    }

    @Test
    void explainsAnImpossibleDate() {
        assertThatThrownBy(() -> DropName.parse("awards_20210230.csv"))
                .hasMessage("drop name 'awards_20210230.csv' does not match <feed>_<yyyyMMdd>[_<seq>].<ext>:"
                        + " 20210230 is not a real date");
    }

    @Test
    void ordersByDateThenSeqThenName() throws Exception {
        List<DropName> names = new ArrayList<>();
        for (String n : List.of("awards_20210302.csv", "awards_20210301_10.csv", "awards_20210301.csv",
                "awards_20210301_2.csv", "awards_20210301_2.csv.gz")) {
            names.add(DropName.parse(n));
        }

        names.sort(DropName.ORDER);

        assertThat(names).extracting(DropName::fileName).containsExactly("awards_20210301.csv",
                "awards_20210301_2.csv", "awards_20210301_2.csv.gz", "awards_20210301_10.csv", "awards_20210302.csv");
    }
}
