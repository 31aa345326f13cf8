-- One row per cohort and figure that changed between the previous published run and the run that built this
-- warehouse, with the drops that came in or left between them, and the figure's unit (none: a count).
with build as (
    select execution_id from etl_build
)
select
    changes.previous_execution_id,
    changes.previous_as_of,
    changes.cohort,
    changes.kpi,
    definitions.unit,
    changes.previous_value,
    changes.value,
    changes.change,
    changes.drops_in,
    changes.drops_out
from kpi_cohort_changes as changes
join build on build.execution_id = changes.execution_id
left join kpi_definitions as definitions on definitions.kpi = changes.kpi
order by changes.cohort, changes.kpi;
