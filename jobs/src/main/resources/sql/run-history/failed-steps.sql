-- Steps that did not complete, of the given executions of the nightly load (:execution_ids), in the order they
-- started. Partitions of a partitioned step are named '<step>:<partition>'. Runs on H2 and PostgreSQL.
select
    se.JOB_EXECUTION_ID as execution_id,
    se.STEP_NAME as step_name,
    se.EXIT_MESSAGE as exit_message
from BATCH_STEP_EXECUTION se
join BATCH_JOB_EXECUTION je on je.JOB_EXECUTION_ID = se.JOB_EXECUTION_ID
join BATCH_JOB_INSTANCE ji on ji.JOB_INSTANCE_ID = je.JOB_INSTANCE_ID
where se.JOB_EXECUTION_ID in (:execution_ids)
  and ji.JOB_NAME = 'nightlyLoadJob'
  and se.STATUS in ('FAILED', 'STOPPED', 'ABANDONED', 'UNKNOWN')
order by se.JOB_EXECUTION_ID, se.STEP_EXECUTION_ID
