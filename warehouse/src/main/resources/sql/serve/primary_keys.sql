-- One row per column of the primary key of one table (Flight SQL GetPrimaryKeys), in key order.
-- Parameters: $1 catalog, $2 schema (exact; NULL matches all), $3 table.
with key_columns as (
    select
        database_name,
        schema_name,
        table_name,
        constraint_name,
        unnest(constraint_column_names) as column_name,
        generate_subscripts(constraint_column_names, 1) as key_sequence
    from duckdb_constraints()
    where constraint_type = 'PRIMARY KEY'
)
select
    key_columns.database_name as catalog_name,
    key_columns.schema_name as db_schema_name,
    key_columns.table_name,
    key_columns.column_name,
    key_columns.key_sequence,
    key_columns.constraint_name as key_name
from key_columns
where ($1::varchar is null or key_columns.database_name = $1::varchar)
    and ($2::varchar is null or key_columns.schema_name = $2::varchar)
    and key_columns.table_name = $3::varchar
order by key_columns.key_sequence;
