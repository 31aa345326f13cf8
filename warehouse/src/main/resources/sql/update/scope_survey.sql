-- The trainees whose survey records changed, whose application's key or cohort changed, or who were surveyed at an
-- employer whose periods changed: the links of their records are looked up again (fact_employment_outcome).
create temp table scope_survey as
select applicant_id as key from changed_int_employment_outcome
union
select applicant_id from changed_fact_application
union
select applicant_id
from int_employment_outcome
where employer_brn in (select employer_brn from changed_dim_employer);
