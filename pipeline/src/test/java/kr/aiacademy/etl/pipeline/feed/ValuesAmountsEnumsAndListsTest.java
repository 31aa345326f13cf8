package kr.aiacademy.etl.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesAmountsEnumsAndListsTest {

    private enum Color { DARK_RED, BLUE }

    @Test
    void readsAmountsAndReportsBadOrNegativeOnesWithTheirRules() throws RuleViolation {
        // given
        Values values = values("a,b,c,d,e", "1,500,000,000원", "", "12,34", "-5", "0");

        // then
        assertThat(values.requiredAmount("a")).isEqualTo(1_500_000_000L);
        assertThat(values.optionalAmount("b")).isNull();
        assertThat(values.optionalAmount("e")).isZero();
        assertThatThrownBy(() -> values.requiredAmount("b"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("missing_value"));
        assertThatThrownBy(() -> values.optionalAmount("c"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("invalid_amount"));
        assertThatThrownBy(() -> values.requiredAmount("d"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("negative_amount"));
    }

    @Test
    void readsEnumsByNameInAnyCaseWithSpacesOrHyphensOrByLabel() throws RuleViolation {
        // given
        Values values = values("a,b,c,d,e", "dark red", "Dark-Red", "파랑", "", "green");
        Map<String, Color> labels = Map.of("파랑", Color.BLUE);

        // then
        assertThat(values.requiredEnum("a", Color.class, null, "unknown_color")).isEqualTo(Color.DARK_RED);
        assertThat(values.requiredEnum("b", Color.class, labels, "unknown_color")).isEqualTo(Color.DARK_RED);
        assertThat(values.requiredEnum("c", Color.class, labels, "unknown_color")).isEqualTo(Color.BLUE);
        assertThat(values.optionalEnum("d", Color.class, labels, "unknown_color")).isNull();
        assertThatThrownBy(() -> values.optionalEnum("e", Color.class, labels, "unknown_color"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("unknown_color");
                    assertThat(v.detail()).contains("DARK_RED", "BLUE", "파랑");
                });
    }

    @Test
    void readsARegionOrReportsAnUnknownOne() throws RuleViolation {
        // given
        Values values = values("a,b,c", "광주광역시", "", "Atlantis");

        // then
        assertThat(values.optionalRegion("a").code()).isEqualTo(29);
        assertThat(values.optionalRegion("b")).isNull();
        assertThatThrownBy(() -> values.optionalRegion("c"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("unknown_region"));
    }

    @Test
    void readsAJsonArrayOfTextsStrippedOrReportsTheGivenRule() throws RuleViolation {
        // given
        Values values = values("a;b;c;d", "[\" x \",\"y\"]", "[]", "[\"x\",1]", "x");

        // then
        assertThat(values.requiredTextList("a", "invalid_list")).containsExactly("x", "y");
        for (String column : List.of("b", "c", "d")) {
            assertThatThrownBy(() -> values.requiredTextList(column, "invalid_list"))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.rule()).isEqualTo("invalid_list");
                        assertThat(v.detail()).startsWith(column + " ");
                    });
        }
    }

    private static Values values(String header, String... values) {
        String separator = header.contains(";") ? ";" : ",";
        return new Values(new SourceRecord("f.jsonl", 1, new Header(List.of(header.split(separator, -1))), values,
                null));
    }
}
