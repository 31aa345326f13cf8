package kr.aiacademy.etl.pipeline.awards;

import java.time.LocalDate;
import java.util.List;

/**
 * One award after the rules. No personal field exists in this feed: team members are application ids.
 *
 * @param eventRegionCode administrative code of the event's 시·도, or null
 * @param teamMembers     the members' {@code applicant_id}s, stripped, at least one
 */
public record AwardRecord(
        String awardId,
        String eventName,
        String eventOrganizer,
        LocalDate eventHeldOn,
        Integer eventRegionCode,
        String teamName,
        List<String> teamMembers,
        int cohort,
        AwardRank rank,
        long prizeKrw) {

    public AwardRecord {
        teamMembers = List.copyOf(teamMembers);
    }
}
