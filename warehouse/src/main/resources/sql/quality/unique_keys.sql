-- Keys are unique and not null in every dimension and fact.
select 'dim_cohort.cohort_key' as check_name, count(*) - count(distinct cohort_key) as violations from dim_cohort
union all
select 'dim_region.region_key', count(*) - count(distinct region_key) from dim_region
union all
select 'dim_trainee.trainee_key', count(*) - count(distinct trainee_key) from dim_trainee
union all
select 'fact_application.application_key', count(*) - count(distinct application_key) from fact_application
union all
select 'fact_application.applicant_id', count(*) - count(distinct applicant_id) from fact_application
union all
select 'dim_trainee.current_version', count(*) - count(distinct person_pseudonym)
from dim_trainee where is_current and trainee_key <> -1;
