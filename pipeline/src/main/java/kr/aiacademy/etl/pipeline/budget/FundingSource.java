package kr.aiacademy.etl.pipeline.budget;

import java.util.Map;
import java.util.Optional;
import kr.aiacademy.etl.pipeline.normalize.Labels;

/** Where the money of a budget line comes from (재원). */
public enum FundingSource {
    /** 국비: the national government. */
    NATIONAL,
    /** 시비: Gwangju Metropolitan City. */
    CITY,
    /** 도비: a province. */
    PROVINCE,
    /** 민간: private funding. */
    PRIVATE;

    private static final Map<String, FundingSource> LABELS = Map.of(
            "국비", NATIONAL, "시비", CITY, "도비", PROVINCE, "민간", PRIVATE);

    /** The Korean label or the constant name in any case; empty for anything else. */
    public static Optional<FundingSource> parse(String value) {
        return Labels.lookup(FundingSource.class, value, LABELS);
    }
}
