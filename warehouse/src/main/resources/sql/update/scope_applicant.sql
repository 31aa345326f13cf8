-- The applications whose current row changed, and those of a person whose periods changed: the trainee version of
-- their current row is looked up again (fact_application).
create temp table scope_applicant as
select applicant_id as key from changed_int_application_current
union
select applicant_id
from int_application_current
where lower(hex(person_key)) in (select person_pseudonym from changed_dim_trainee);
