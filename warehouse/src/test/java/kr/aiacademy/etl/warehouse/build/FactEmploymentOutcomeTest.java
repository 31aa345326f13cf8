package kr.aiacademy.etl.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Given the survey records, the applications and the employer versions, expect one fact row per record. */
class FactEmploymentOutcomeTest {

    @Test
    void everySurveyIsKeptLinkedToItsApplicationAndTheEmployerVersionAtTheSurveyDate() throws Exception {
        try (ModelFixture model = new ModelFixture()) {
            model.given("fact_application", """
                    select * from (values (10, 'A1', 3), (11, 'A2', 3)) as v (application_key, applicant_id,
                        cohort_key)""")
                    .given("dim_employer", """
                    select * from (values (-1, null, null::date, null::date),
                        (1, '123-45-67890', date '2023-01-01', date '2024-02-01'),
                        (2, '123-45-67890', date '2024-02-01', null)) as v (employer_key, employer_brn, valid_from,
                        valid_to)""")
                    .given("int_employment_outcome", """
                    select * from (values
                        ('A1', 'EMPLOYED', '123-45-67890', date '2024-03-01', false, 'R1', 1),
                        ('A1', 'SEEKING', null, date '2024-06-01', true, null, 2),
                        ('A1', 'EMPLOYED', '123-45-67890', date '2024-01-15', false, 'R1', 3),
                        ('B9', 'STARTUP', null, date '2024-04-01', true, null, 4),
                        ('A2', 'EMPLOYED', '999-99-99999', date '2024-04-01', true, 'R2', 5))
                        as v (applicant_id, outcome, employer_brn, surveyed_on, is_current, job_role, record_no),
                        lateral (select 'c0ffee' as drop_sha256, date '2024-06-30' as drop_date, 0 as drop_seq,
                            'employment_20240630.jsonl' as drop_name, 'employment.jsonl' as source_file,
                            null::date as started_on,
                            null as channel, null as hiring_event, null::bigint as annual_salary_krw)""")
                    .run("facts/fact_employment_outcome.sql");

            assertThat(model.rows("""
                    select outcome_key = record_no, applicant_id,
                        application_key, cohort_key, employer_key, outcome, is_positive, surveyed_on, is_current, job_role
                    from fact_employment_outcome order by applicant_id, surveyed_on""")).containsExactly(
                    "true|A1|10|3|1|EMPLOYED|true|2024-01-15|false|R1",
                    "true|A1|10|3|2|EMPLOYED|true|2024-03-01|false|R1",
                    "true|A1|10|3|-1|SEEKING|false|2024-06-01|true|null",
                    "true|A2|11|3|-1|EMPLOYED|true|2024-04-01|true|R2",
                    "true|B9|-1|-1|-1|STARTUP|true|2024-04-01|true|null");
        }
    }
}
