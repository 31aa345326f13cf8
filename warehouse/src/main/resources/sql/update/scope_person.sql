-- The people whose enrollment rows changed: their home-region periods (dim_trainee).
create temp table scope_person as
select distinct lower(hex(person_key)) as key
from delta_stg_enrollment
where person_key is not null;
