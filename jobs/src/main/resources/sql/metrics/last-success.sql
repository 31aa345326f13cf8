-- When the nightly load last completed: the end of its newest COMPLETED execution (null when none has).
-- Parameter :job_name. Runs on H2 and PostgreSQL.
select max(je.END_TIME) as end_time
from BATCH_JOB_EXECUTION je
join BATCH_JOB_INSTANCE ji on ji.JOB_INSTANCE_ID = je.JOB_INSTANCE_ID
where ji.JOB_NAME = :job_name
  and je.STATUS = 'COMPLETED'
