-- One row per data quality warning found by the build (loaded anyway, for the operator to look at).
create table etl_quality_issues as
with cohort_variants as (
    select
        cohort,
        count(distinct (course_start, course_end, planned_hours)) as variants
    from int_application_current
    group by cohort
)
select
    'cohort_attributes_conflict' as issue,
    'enrollment' as feed,
    'cohort ' || cohort || ' has ' || variants
        || ' different course_start/course_end/planned_hours; the latest row''s values are used' as detail
from cohort_variants
where variants > 1;
