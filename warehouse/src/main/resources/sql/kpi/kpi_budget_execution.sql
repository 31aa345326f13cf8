-- description: One row per fiscal year, program and funding source: execution against the elapsed share of the year
-- grain: One row per fiscal year, program and funding source: allocated and executed amounts, the execution rate and
--   the elapsed share of the fiscal year (= calendar year in Korea) at the as-of date of the build (etl_build),
--   counted in whole days before that date, and the execution against it.
-- column fiscal_year: Fiscal year (= calendar year)
-- column program_code: Program code
-- column funding_source: NATIONAL, CITY, PROVINCE or PRIVATE
-- column funding_source_ko: 국비, 시비, 도비 or 민간
-- column allocated_krw: Allocated amount of the current snapshot (won)
-- column executed_krw: Executed amount (won; empty counts as 0)
-- column execution_rate: executed_krw / allocated_krw, 4 decimals half-up; NULL when nothing is allocated
-- column as_of_date: As-of date of the build (etl_build.as_of_date)
-- column elapsed_days: Whole days of the fiscal year before the as-of date (0 before it began, all after it ended)
-- column year_days: Days of the fiscal year (365 or 366)
-- column elapsed_share: elapsed_days / year_days
-- column execution_pace: execution_rate / elapsed_share: 1 on pace, below 1 behind; NULL before the year began or
--   without allocation
create view kpi_budget_execution as
with build as (
    select as_of_date from etl_build
),
lines as (
    select
        facts.fiscal_year,
        facts.program_code,
        sources.funding_source,
        sources.name_ko,
        sum(facts.allocated_krw) as allocated,
        sum(facts.executed_krw) as executed
    from fact_budget as facts
    join dim_funding_source as sources on sources.funding_source_key = facts.funding_source_key
    group by facts.fiscal_year, facts.program_code, sources.funding_source, sources.name_ko
),
years as (
    select
        lines.*,
        build.as_of_date,
        date_diff('day', make_date(lines.fiscal_year, 1, 1), make_date(lines.fiscal_year + 1, 1, 1)) as year_days,
        date_diff('day', make_date(lines.fiscal_year, 1, 1), build.as_of_date) as days_before
    from lines
    cross join build
),
elapsed as (
    select years.*, greatest(0, least(years.days_before, years.year_days)) as elapsed_days
    from years
)
select
    elapsed.fiscal_year,
    elapsed.program_code,
    elapsed.funding_source,
    elapsed.name_ko as funding_source_ko,
    elapsed.allocated::bigint as allocated_krw,
    elapsed.executed::bigint as executed_krw,
    div_half_up(elapsed.executed, elapsed.allocated, 4)::decimal(6, 4) as execution_rate,
    elapsed.as_of_date,
    elapsed.elapsed_days::integer as elapsed_days,
    elapsed.year_days::integer as year_days,
    div_half_up(elapsed.elapsed_days, elapsed.year_days, 4)::decimal(6, 4) as elapsed_share,
    div_half_up(elapsed.executed * elapsed.year_days, elapsed.allocated * elapsed.elapsed_days, 4)::decimal(10, 4)
        as execution_pace
from elapsed
order by elapsed.fiscal_year, elapsed.program_code, elapsed.funding_source;
