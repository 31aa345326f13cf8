-- The scopes of an update: which keys' rows the incremental models build again, from what changed in the lake since
-- the published warehouse (delta_<input>: the rows of the lake files added and of those removed, e.g. by a
-- correction). Each is one column, key, read by the models through the macro in_<scope>(value); a full build makes
-- none of these tables, and every in_<scope>(value) is true. Run in this order: a scope may read those above it.

-- the people whose enrollment versions changed: their home-region periods (dim_trainee)
create temp table scope_person as
select distinct lower(hex(person_key)) as key
from delta_stg_enrollment
where person_key is not null;

-- the applications whose enrollment rows changed, and every application of a person whose periods changed: its
-- trainee version is looked up again (int_application_current, fact_application)
create temp table scope_applicant as
select applicant_id as key from delta_stg_enrollment
union
select applicant_id from stg_enrollment where lower(hex(person_key)) in (select key from scope_person);

-- the employers whose survey records changed: their name and region periods (dim_employer)
create temp table scope_employer as
select distinct employer_brn as key
from delta_stg_employment
where employer_brn is not null;

-- the trainees whose survey records changed (which one is current), whose application changed (its key and cohort
-- on each record), or who were surveyed at an employer whose periods changed (int_employment_outcome,
-- fact_employment_outcome)
create temp table scope_survey as
select applicant_id as key from delta_stg_employment
union
select key from scope_applicant
union
select applicant_id from stg_employment where employer_brn in (select key from scope_employer);
