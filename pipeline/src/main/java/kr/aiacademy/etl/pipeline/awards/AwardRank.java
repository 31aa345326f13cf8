package kr.aiacademy.etl.pipeline.awards;

import java.util.Map;

/** The place an award stands for; Korean contests name the same places in two ways (우승 or 대상, …). */
public enum AwardRank {
    WINNER, RUNNER_UP, THIRD, HONORABLE, SPECIAL;

    static final Map<String, AwardRank> LABELS = Map.of(
            "우승", WINNER, "대상", WINNER, "준우승", RUNNER_UP, "최우수상", RUNNER_UP, "우수상", THIRD,
            "장려상", HONORABLE, "특별상", SPECIAL);
}
