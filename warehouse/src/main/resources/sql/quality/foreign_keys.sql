-- Every fact row points at an existing dimension row (or the unknown member).
select 'fact_application.cohort_key' as check_name, count(*) as violations
from fact_application as facts
anti join dim_cohort as cohorts on cohorts.cohort_key = facts.cohort_key
union all
select 'fact_application.trainee_key', count(*)
from fact_application as facts
anti join dim_trainee as trainees on trainees.trainee_key = facts.trainee_key
union all
select 'fact_application.region_key', count(*)
from fact_application as facts
anti join dim_region as regions on regions.region_key = facts.region_key
union all
select 'fact_application.trainee_unknown', count(*)
from fact_application where trainee_key = -1;
