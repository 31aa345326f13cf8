-- description: One row: all cohorts together, counts summed and rates from the sums
-- grain: One row: all cohorts together (cohorts in training included), the counts of kpi_cohort summed and the rates
--   computed from the sums; the total row of the public extract.
-- column cohorts: Number of cohorts
-- column applicants: Applications, all cohorts
-- column admitted: Admitted, all cohorts
-- column competition_ratio: applicants / admitted
-- column completers: Completers, all cohorts
-- column completion_rate: completers / admitted (cohorts in training included); NULL without completers
-- column local_completers: Completers from Gwangju, all cohorts
-- column local_share: local_completers / completers
-- column positive_outcomes: Completers employed, in a start-up or in graduate school, all cohorts
-- column outcome_rate: positive_outcomes / completers
-- column employment_rate: Employed or start-up / (completers - graduate school), all cohorts
create view kpi_cohort_total as
with sums as (
    select
        count(*) as cohorts,
        coalesce(sum(applicants), 0) as applicants,
        coalesce(sum(admitted), 0) as admitted,
        coalesce(sum(completers), 0) as completers,
        coalesce(sum(local_completers), 0) as local_completers,
        coalesce(sum(positive_outcomes), 0) as positive_outcomes
    from kpi_cohort
),
employment as (
    select sum(numerator) as employed, sum(denominator) as completers_not_in_grad_school
    from kpi_cohort_rates
    where kpi = 'employment_rate'
)
select
    sums.cohorts::bigint as cohorts,
    sums.applicants::bigint as applicants,
    sums.admitted::bigint as admitted,
    div_half_up(sums.applicants, sums.admitted, 2)::decimal(8, 2) as competition_ratio,
    sums.completers::bigint as completers,
    div_half_up(nullif(sums.completers, 0), sums.admitted, 4)::decimal(6, 4) as completion_rate,
    sums.local_completers::bigint as local_completers,
    div_half_up(sums.local_completers, sums.completers, 4)::decimal(6, 4) as local_share,
    sums.positive_outcomes::bigint as positive_outcomes,
    div_half_up(sums.positive_outcomes, sums.completers, 4)::decimal(6, 4) as outcome_rate,
    div_half_up(employment.employed, employment.completers_not_in_grad_school, 4)::decimal(6, 4) as employment_rate
from sums
cross join employment;
