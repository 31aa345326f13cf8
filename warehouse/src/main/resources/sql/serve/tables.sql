-- One row per table and view of the warehouse (Flight SQL GetTables), in the order JDBC lists them.
-- Parameters: $1 catalog (exact), $2 schema and $3 table name (LIKE patterns); NULL matches all.
with tables as (
    select database_name, schema_name, table_name, 'TABLE' as table_type
    from duckdb_tables()
    where not internal and not temporary and schema_name <> 'build' -- the build's own state
    union all
    select database_name, schema_name, view_name as table_name, 'VIEW' as table_type
    from duckdb_views()
    where not internal and not temporary and schema_name <> 'build' -- the build's own state
)
select
    tables.database_name as catalog_name,
    tables.schema_name as db_schema_name,
    tables.table_name,
    tables.table_type
from tables
where ($1::varchar is null or tables.database_name = $1::varchar)
    and ($2::varchar is null or tables.schema_name like $2::varchar escape '\')
    and ($3::varchar is null or tables.table_name like $3::varchar escape '\')
order by tables.table_type, catalog_name, db_schema_name, tables.table_name;
