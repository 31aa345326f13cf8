-- One tiny fixture per data test of the models' headers, each breaking its test (QualityChecksTest): the tables
-- it reads with only the columns the test needs. A section begins with '-- check: <name of the test>'.

-- check: etl_drops.status_known
create table etl_drops as select * from (values ('LOADED'), ('LOST')) as v (status);

-- check: dim_region.region_key.unique
create table dim_region as select * from (values (29), (29), (11)) as v (region_key);

-- check: dim_cohort.cohort_key.unique
create table dim_cohort as select * from (values (1), (1)) as v (cohort_key);

-- check: dim_trainee.trainee_key.unique
create table dim_trainee as select * from (values (1), (1)) as v (trainee_key);

-- check: dim_trainee.current_version
create table dim_trainee as select * from (values
    (1, 'p1', true), (2, 'p1', true), (3, 'p2', true), (-1, 'unknown', true), (-1, 'unknown', true))
    as v (trainee_key, person_pseudonym, is_current);

-- check: dim_employer.employer_key.unique
create table dim_employer as select * from (values (5), (5)) as v (employer_key);

-- check: dim_employer.current_version
create table dim_employer as select * from (values (1, '123-45-67890', true), (2, '123-45-67890', true))
    as v (employer_key, employer_brn, is_current);

-- check: dim_employer.region_key.relationships
create table dim_region as select * from (values (29)) as v (region_key);
create table dim_employer as select * from (values (1, 29), (2, 11)) as v (employer_key, region_key);

-- check: dim_event.event_key.unique
create table dim_event as select * from (values (3), (3)) as v (event_key);

-- check: dim_funding_source.funding_source_key.unique
create table dim_funding_source as select * from (values (1), (1)) as v (funding_source_key);

-- check: dim_budget_line.budget_line_key.unique
create table dim_budget_line as select * from (values (1), (1)) as v (budget_line_key);

-- check: fact_application.application_key.unique
create table fact_application as select * from (values (1), (1)) as v (application_key);

-- check: fact_application.applicant_id.unique
create table fact_application as select * from (values ('A1'), ('A1')) as v (applicant_id);

-- check: fact_application.cohort_key.not_null
create table fact_application as select * from (values (1), (null)) as v (cohort_key);

-- check: fact_application.trainee_key.not_null
create table fact_application as select * from (values (1), (null)) as v (trainee_key);

-- check: fact_application.region_key.not_null
create table fact_application as select * from (values (29), (null)) as v (region_key);

-- check: fact_application.cohort_key.relationships
create table dim_cohort as select * from (values (1), (-1)) as v (cohort_key);
create table fact_application as select * from (values (1), (7)) as v (cohort_key);

-- check: fact_application.trainee_key.relationships
create table dim_trainee as select * from (values (1)) as v (trainee_key);
create table fact_application as select * from (values (1), (2)) as v (trainee_key);

-- check: fact_application.region_key.relationships
create table dim_region as select * from (values (29)) as v (region_key);
create table fact_application as select * from (values (29), (null)) as v (region_key);

-- check: fact_application.trainee_unknown
create table fact_application as select * from (values (1), (-1)) as v (trainee_key);

-- check: fact_application.status.accepted_values
create table fact_application as select * from (values ('COMPLETED'), ('GRADUATED')) as v (status);

-- check: fact_employment_outcome.outcome_key.unique
create table fact_employment_outcome as select * from (values (1), (1)) as v (outcome_key);

-- check: fact_employment_outcome.current_per_applicant
create table fact_employment_outcome as select * from (values ('A1', true), ('A1', true), ('A1', false))
    as v (applicant_id, is_current);

-- check: fact_employment_outcome.employer_key.relationships
create table dim_employer as select * from (values (-1), (1)) as v (employer_key);
create table fact_employment_outcome as select * from (values (1), (9)) as v (employer_key);

-- check: fact_employment_outcome.employer_missing
create table fact_employment_outcome as select * from (values ('EMPLOYED', 1), ('SEEKING', -1), ('EMPLOYED', -1))
    as v (outcome, employer_key);

-- check: fact_employment_outcome.application_key.relationships
create table fact_application as select * from (values (1)) as v (application_key);
create table fact_employment_outcome as select * from (values (1), (-1), (2)) as v (application_key);

-- check: fact_award.award_id.unique
create table fact_award as select * from (values ('W1'), ('W1')) as v (award_id);

-- check: fact_award.event_key.not_null
create table fact_award as select * from (values (1), (null)) as v (event_key);

-- check: fact_award.cohort_key.not_null
create table fact_award as select * from (values (1), (null)) as v (cohort_key);

-- check: fact_award.event_key.relationships
create table dim_event as select * from (values (1)) as v (event_key);
create table fact_award as select * from (values (1), (2)) as v (event_key);

-- check: fact_award.cohort_key.relationships
create table dim_cohort as select * from (values (-1)) as v (cohort_key);
create table fact_award as select * from (values (-1), (4)) as v (cohort_key);

-- check: bridge_award_member.award_key.relationships
create table fact_award as select * from (values (1)) as v (award_key);
create table bridge_award_member as select * from (values (1), (2)) as v (award_key);

-- check: fact_budget.grain
create table fact_budget as select * from (values (2024, 'P', 1, 1), (2024, 'P', 1, 1), (2024, 'P', 1, 2))
    as v (fiscal_year, program_code, funding_source_key, budget_line_key);

-- check: fact_budget.funding_source_key.relationships
create table dim_funding_source as select * from (values (1)) as v (funding_source_key);
create table fact_budget as select * from (values (1), (3)) as v (funding_source_key);

-- check: fact_budget.budget_line_key.relationships
create table dim_budget_line as select * from (values (1)) as v (budget_line_key);
create table fact_budget as select * from (values (1), (3)) as v (budget_line_key);

-- check: fact_budget.known_source
create table fact_budget as select * from (values (1), (-1)) as v (funding_source_key);

-- check: kpi_cohort.admitted_ge_completers
create table kpi_cohort as select * from (values (10, 9), (10, 11)) as v (admitted, completers);

-- check: kpi_cohort.applicants_ge_admitted
create table kpi_cohort as select * from (values (30, 10), (9, 10)) as v (applicants, admitted);

-- check: kpi_cohort.positive_le_completers
create table kpi_cohort as select * from (values (5, 10), (11, 10)) as v (positive_outcomes, completers);

-- check: kpi_budget.sources_add_up
create table kpi_budget as select * from (values (60, 40, 0, 100), (60, 30, 0, 100))
    as v (national_krw, city_krw, other_krw, allocated_krw);
