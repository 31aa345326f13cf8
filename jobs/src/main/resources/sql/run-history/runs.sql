-- Past runs of the nightly load, newest first: one row per job execution with its trigger (or 'restart' when it
-- is not the first execution of its job instance) and what it did to the drop ledger (etl_drop_ledger rows
-- carrying its execution id; a drop it loaded that a correction superseded later still counts as loaded).
-- Parameter :max_runs. Runs on H2 and PostgreSQL.
select
    je.JOB_EXECUTION_ID as execution_id,
    case
        when exists (select 1
                     from BATCH_JOB_EXECUTION earlier
                     where earlier.JOB_INSTANCE_ID = je.JOB_INSTANCE_ID
                       and earlier.JOB_EXECUTION_ID < je.JOB_EXECUTION_ID) then 'restart'
        else trigger_param.PARAMETER_VALUE
    end as run_trigger,
    je.STATUS as status,
    je.START_TIME as start_time,
    je.END_TIME as end_time,
    je.EXIT_MESSAGE as exit_message,
    coalesce(drops.seen, 0) as drops_seen,
    coalesce(drops.loaded, 0) as drops_loaded,
    coalesce(drops.duplicate, 0) as drops_duplicate,
    coalesce(drops.rejected, 0) as drops_rejected,
    coalesce(drops.rows_loaded, 0) as rows_loaded,
    coalesce(drops.rows_rejected, 0) as rows_rejected
from BATCH_JOB_EXECUTION je
join BATCH_JOB_INSTANCE ji on ji.JOB_INSTANCE_ID = je.JOB_INSTANCE_ID
left join BATCH_JOB_EXECUTION_PARAMS trigger_param
    on trigger_param.JOB_EXECUTION_ID = je.JOB_EXECUTION_ID
   and trigger_param.PARAMETER_NAME = 'trigger'
left join (
    select
        job_execution_id,
        count(*) as seen,
        sum(case when status = 'LOADED' or (status = 'SUPERSEDED' and loaded_at is not null) then 1 else 0 end)
            as loaded,
        sum(case when status = 'DUPLICATE' then 1 else 0 end) as duplicate,
        sum(case when status = 'REJECTED' then 1 else 0 end) as rejected,
        sum(rows_loaded) as rows_loaded,
        sum(rows_rejected) as rows_rejected
    from etl_drop_ledger
    where job_execution_id is not null
    group by job_execution_id
) drops on drops.job_execution_id = je.JOB_EXECUTION_ID
where ji.JOB_NAME = 'nightlyLoadJob'
order by je.JOB_EXECUTION_ID desc
fetch first :max_runs rows only
