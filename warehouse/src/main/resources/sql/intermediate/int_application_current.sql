-- One row per application (applicant_id): its current state, the row with the latest updated_at whatever
-- order the drops arrived in. Ties go to the later drop, then the later record.
create temp table int_application_current as
with versions as (
    select
        enrollment.*,
        lower(hex(enrollment.person_key)) as person_pseudonym
    from stg_enrollment as enrollment
)
select *
from versions
qualify row_number() over (
    partition by applicant_id
    order by updated_at desc, drop_date desc, drop_seq desc, drop_name desc, record_no desc
) = 1;
