package kr.aiacademy.etl.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Given the current awards, the events and the cohorts, expect one fact row per award. */
class FactAwardTest {

    @Test
    void oneRowPerAwardLinkedToItsEventAndCohortOrTheUnknownMember() throws Exception {
        try (ModelFixture model = new ModelFixture()) {
            model.given("dim_event", """
                    select * from (values (-1, 'unknown', null::date), (1, 'AI Hackathon', date '2024-05-01'),
                        (2, 'AI Hackathon', date '2023-05-01')) as v (event_key, event_name, event_held_on)""")
                    .given("dim_cohort", "select * from (values (-1), (3)) as v (cohort_key)")
                    .given("int_award_current", """
                    select * from (values
                        ('W2', 'AI Hackathon', date '2024-05-01', 3, 'Team B', ['A1', 'A2', 'A3'], 'WINNER',
                            5000000, 'awards_20240510.json', 'awards.json', 2),
                        ('W1', 'Startup Fair', date '2024-06-01', 9, 'Team A', ['A4'], 'RUNNER_UP', 1000000,
                            'awards_20240610.json', 'awards.json', 1),
                        ('W3', 'unknown', null, -1, 'Team C', [], 'SPECIAL', 0, 'awards_20240610.json',
                            'awards.json', 2))
                        as v (award_id, event_name, event_held_on, cohort, team_name, team_members, rank,
                            prize_krw, drop_name, source_file, record_no)""")
                    .run("facts/fact_award.sql");

            assertThat(model.rows("""
                    select award_key = surrogate_key(award_id), award_id, event_key, cohort_key, cohort, team_name, team_size, rank, is_winner,
                        prize_krw, drop_name, record_no
                    from fact_award order by award_id""")).containsExactly(
                    "true|W1|-1|-1|9|Team A|1|RUNNER_UP|false|1000000|awards_20240610.json|1",
                    "true|W2|1|3|3|Team B|3|WINNER|true|5000000|awards_20240510.json|2",
                    "true|W3|-1|-1|-1|Team C|0|SPECIAL|false|0|awards_20240610.json|2");
        }
    }
}
