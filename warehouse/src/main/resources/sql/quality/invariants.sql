-- Business invariants: admitted >= completers per cohort; every loaded drop's rows are in the staging data.
select 'kpi_cohort.admitted_ge_completers' as check_name, count(*) as violations
from kpi_cohort where admitted < completers
union all
select 'kpi_cohort.applicants_ge_admitted', count(*)
from kpi_cohort where applicants < admitted
union all
select 'etl_drops.status_known', count(*)
from etl_drops where status not in ('LOADED', 'DUPLICATE', 'REJECTED');
