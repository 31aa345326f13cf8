-- The applications whose enrollment rows changed (added, or removed with their lake file): which row is current
-- (int_application_current).
create temp table scope_enrollment as
select distinct applicant_id as key
from delta_stg_enrollment;
