-- One row per fiscal year, program and funding source: allocated and executed amounts of the current snapshot,
-- the execution rate, and the share of the fiscal year elapsed at the snapshot's latest as-of date (기준일).
with budgets as (
    select * from fact_budget
),
sources as (
    select * from dim_funding_source
)
select
    budgets.fiscal_year,
    budgets.program_code,
    sources.funding_source,
    sources.name_ko as funding_source_ko,
    sum(budgets.allocated_krw)::bigint as allocated_krw,
    sum(budgets.executed_krw)::bigint as executed_krw,
    div_half_up(sum(budgets.executed_krw), sum(budgets.allocated_krw), 4)::decimal(6, 4) as execution_rate,
    max(budgets.as_of) as as_of,
    div_half_up(
        least(greatest(max(budgets.as_of) - make_date(budgets.fiscal_year, 1, 1) + 1, 0),
            make_date(budgets.fiscal_year + 1, 1, 1) - make_date(budgets.fiscal_year, 1, 1)),
        make_date(budgets.fiscal_year + 1, 1, 1) - make_date(budgets.fiscal_year, 1, 1), 4
    )::decimal(6, 4) as elapsed_share
from budgets
join sources on sources.funding_source_key = budgets.funding_source_key
group by budgets.fiscal_year, budgets.program_code, sources.funding_source, sources.name_ko,
    sources.funding_source_key
order by budgets.fiscal_year, budgets.program_code, sources.funding_source_key;
