package kr.aiacademy.etl.pipeline.awards;

import java.util.List;
import java.util.Set;
import kr.aiacademy.etl.pipeline.feed.JsonFeed;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeType;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import java.time.LocalDate;

/** The awards feed: JSON Lines or one JSON array per file of awards won by teams, UTF-8. */
public final class AwardsFeed extends JsonFeed<AwardRecord> {

    public static final String NAME = "awards";

    /** The contract's fields in its order; nested objects as dotted paths. */
    private static final List<String> FIELDS = List.of("award_id", "event.name", "event.organizer",
            "event.held_on", "event.region", "team.name", "team.members", "cohort", "rank", "prize_krw");

    private static final Set<String> REQUIRED = Set.of("award_id", "event.name", "event.held_on", "team.name",
            "team.members", "cohort", "rank", "prize_krw");

    public AwardsFeed() {
        super(NAME, FIELDS, REQUIRED);
    }

    @Override
    public RecordRules<AwardRecord> rules(Pseudonymizer pseudonymizer, LocalDate loadDay) {
        return new AwardsRules(loadDay);
    }

    @Override
    public List<LakeColumn<AwardRecord>> lakeColumns() {
        return List.of(
                LakeColumn.unique("award_id", LakeType.STRING, AwardRecord::awardId),
                LakeColumn.of("event_name", LakeType.STRING, AwardRecord::eventName),
                LakeColumn.of("event_organizer", LakeType.STRING, AwardRecord::eventOrganizer),
                LakeColumn.of("event_held_on", LakeType.DATE, AwardRecord::eventHeldOn),
                LakeColumn.of("event_region_code", LakeType.INT, AwardRecord::eventRegionCode),
                LakeColumn.of("team_name", LakeType.STRING, AwardRecord::teamName),
                LakeColumn.of("team_members", LakeType.STRING_LIST, AwardRecord::teamMembers),
                LakeColumn.of("cohort", LakeType.INT, AwardRecord::cohort),
                LakeColumn.of("rank", LakeType.STRING, r -> r.rank().name()),
                LakeColumn.of("prize_krw", LakeType.LONG, AwardRecord::prizeKrw));
    }
}
