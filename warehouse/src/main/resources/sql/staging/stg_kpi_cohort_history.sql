-- grain: The KPI snapshots of earlier published runs (history/kpi_cohort/*.parquet), read by name: a snapshot written
--   before a column was added has NULL in it.
-- input: history/kpi_cohort
create temp table stg_kpi_cohort_history (
    execution_id            bigint,
    job_name                varchar,
    as_of                   timestamptz,
    cohort                  integer,
    planned_hours           integer,
    applicants              bigint,
    admitted                bigint,
    competition_ratio       decimal(8, 2),
    completers              bigint,
    completion_rate         decimal(6, 4),
    local_completers        bigint,
    local_share             decimal(6, 4),
    positive_outcomes       bigint,
    outcome_rate            decimal(6, 4),
    employment_rate         decimal(6, 4),
    awards_won              bigint,
    awarded_teams           bigint,
    prize_total_krw         bigint,
    budget_krw              bigint,
    cost_per_completer_krw  bigint
);
