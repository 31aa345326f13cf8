-- One row per budget line whose executed amount is above its allocated amount (current snapshot).
with budgets as (
    select * from fact_budget where is_over_executed
)
select
    budgets.fiscal_year,
    budgets.program_code,
    sources.name_ko as funding_source_ko,
    lines.budget_line,
    budgets.allocated_krw,
    budgets.executed_krw,
    budgets.as_of
from budgets
join dim_funding_source as sources on sources.funding_source_key = budgets.funding_source_key
join dim_budget_line as lines on lines.budget_line_key = budgets.budget_line_key
order by budgets.fiscal_year, budgets.program_code, lines.budget_line;
