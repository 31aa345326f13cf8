-- One row per schema of the warehouse's own database (Flight SQL GetDbSchemas).
-- Parameters: $1 catalog (exact), $2 schema (LIKE pattern); NULL matches all.
with databases as (
    select database_name
    from duckdb_databases()
    where not internal
)
select schemas.database_name as catalog_name, schemas.schema_name as db_schema_name
from duckdb_schemas() as schemas
inner join databases on databases.database_name = schemas.database_name
where schemas.schema_name <> 'build' -- the build's own state (BuildState): no part of the interface
    and ($1::varchar is null or schemas.database_name = $1::varchar)
    and ($2::varchar is null or schemas.schema_name like $2::varchar escape '\')
order by catalog_name, db_schema_name;
