package kr.aiacademy.etl.pipeline.awards;

import java.time.LocalDate;
import java.util.List;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.feed.Values;
import kr.aiacademy.etl.pipeline.normalize.Region;

/**
 * The awards rules of the feed contract. Rule codes are stable: {@code missing_value}, {@code invalid_members}
 * (team.members not a non-empty array of non-blank texts), {@code invalid_cohort}, {@code unknown_rank},
 * {@code invalid_date}, {@code unknown_region}, {@code invalid_amount}, {@code negative_amount}, {@code future_date}
 * (event.held_on later than the load's day plus one). A rank is read
 * by name in any case (spaces and hyphens as underscores) or by its Korean label; a prize of 0 is allowed.
 */
final class AwardsRules implements RecordRules<AwardRecord> {

    private final LocalDate latestEvent;

    AwardsRules(LocalDate loadDay) {
        this.latestEvent = loadDay.plusDays(1);
    }

    @Override
    public AwardRecord apply(SourceRecord record) throws RuleViolation {
        Values v = new Values(record, latestEvent);
        String awardId = v.required("award_id");
        String eventName = v.required("event.name");
        String organizer = v.optional("event.organizer");
        LocalDate heldOn = v.requiredEventDate("event.held_on");
        Region region = v.optionalRegion("event.region");
        String teamName = v.required("team.name");
        List<String> members = v.requiredTextList("team.members", "invalid_members");
        int cohort = v.requiredInt("cohort", 1, "invalid_cohort");
        AwardRank rank = v.requiredEnum("rank", AwardRank.class, AwardRank.LABELS, "unknown_rank");
        long prize = v.requiredAmount("prize_krw");
        return new AwardRecord(awardId, eventName, organizer, heldOn, region == null ? null : region.code(),
                teamName, members, cohort, rank, prize);
    }
}
