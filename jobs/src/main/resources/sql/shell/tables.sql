-- One row per table and view of the warehouse (the shell's .tables and .docs): name, kind, rows (tables only,
-- as DuckDB estimates them) and the comment. Parameter: a GLOB pattern of names.
with relations as (
    select table_name as name, 'table' as kind, estimated_size as row_count, comment
    from duckdb_tables()
    where not internal and not temporary and schema_name <> 'build' -- the build's own state
    union all
    select view_name, 'view', null, comment
    from duckdb_views()
    where not internal and not temporary and schema_name <> 'build' -- the build's own state
)
select name, kind, row_count as rows, comment
from relations
where name glob ?
order by name;
