-- The employers whose survey records changed: their name and region periods (dim_employer).
create temp table scope_employer as
select distinct employer_brn as key
from delta_stg_employment
where employer_brn is not null;
