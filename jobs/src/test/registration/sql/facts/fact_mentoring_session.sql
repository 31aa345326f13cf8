-- description: Mentoring sessions (a feed of the tests only), the latest record of each
-- grain: One row per mentoring session (the latest record of each session_id: later drop, then later record); a
--   session of an application not (yet) known points at the unknown application (-1).
-- counted: true
-- primary key: session_key
-- foreign key: cohort_key references dim_cohort (cohort_key)
-- column session_key: Surrogate key
-- column session_id: Source key of the session
-- column application_key: Application (fact_application); -1 while not known
-- column hours: Hours of the session
-- test: unique session_id
-- test: relationships cohort_key references dim_cohort (cohort_key)
create table fact_mentoring_session as
with sessions as (
    select *
    from stg_mentoring
    qualify row_number() over (
        partition by session_id
        order by drop_date desc, drop_seq desc, drop_name desc, drop_seen_at desc, record_no desc
    ) = 1
),
applications as (
    select application_key, applicant_id from fact_application
),
cohorts as (
    select cohort_key from dim_cohort where cohort_key <> -1
)
select
    row_number() over (order by sessions.session_id)::bigint as session_key,
    sessions.session_id,
    coalesce(applications.application_key, -1) as application_key,
    coalesce(cohorts.cohort_key, -1) as cohort_key,
    sessions.mentor,
    sessions.held_on,
    sessions.hours,
    sessions.drop_name,
    sessions.record_no
from sessions
left join applications on applications.applicant_id = sessions.applicant_id
left join cohorts on cohorts.cohort_key = sessions.cohort;
