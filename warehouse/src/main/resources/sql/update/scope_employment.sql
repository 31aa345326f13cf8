-- The trainees whose survey records changed: which record is current (int_employment_outcome).
create temp table scope_employment as
select distinct applicant_id as key
from delta_stg_employment;
