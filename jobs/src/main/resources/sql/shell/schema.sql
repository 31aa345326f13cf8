-- The CREATE statement of every table and view (the shell's .schema), tables first. Parameter: a GLOB pattern of names.
select sql
from (
    select table_name as name, 1 as kind_order, sql from duckdb_tables() where not internal and not temporary and schema_name <> 'build'
    union all
    select view_name, 2, sql from duckdb_views() where not internal and not temporary and schema_name <> 'build'
)
where name glob ?
order by kind_order, name;
