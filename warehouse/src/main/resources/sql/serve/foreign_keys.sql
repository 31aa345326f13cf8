-- One row per column of each foreign key (Flight SQL GetImportedKeys, GetExportedKeys, GetCrossReference):
-- the referenced (pk) and the referencing (fk) column, in key order. Rules are NO ACTION (3).
-- Parameters: $1 the referencing table, $2 the referenced table (NULL matches all).
with key_columns as (
    select
        database_name,
        schema_name,
        table_name,
        constraint_name,
        referenced_table,
        unnest(constraint_column_names) as fk_column_name,
        unnest(referenced_column_names) as pk_column_name,
        generate_subscripts(constraint_column_names, 1) as key_sequence
    from duckdb_constraints()
    where constraint_type = 'FOREIGN KEY'
),
primary_keys as (
    select database_name, schema_name, table_name, constraint_name
    from duckdb_constraints()
    where constraint_type = 'PRIMARY KEY'
)
select
    key_columns.database_name as pk_catalog_name,
    key_columns.schema_name as pk_db_schema_name,
    key_columns.referenced_table as pk_table_name,
    key_columns.pk_column_name,
    key_columns.database_name as fk_catalog_name,
    key_columns.schema_name as fk_db_schema_name,
    key_columns.table_name as fk_table_name,
    key_columns.fk_column_name,
    key_columns.key_sequence,
    key_columns.constraint_name as fk_key_name,
    primary_keys.constraint_name as pk_key_name,
    3 as update_rule,
    3 as delete_rule
from key_columns
left join primary_keys
    on primary_keys.database_name = key_columns.database_name
    and primary_keys.schema_name = key_columns.schema_name
    and primary_keys.table_name = key_columns.referenced_table
where ($1::varchar is null or key_columns.table_name = $1::varchar)
    and ($2::varchar is null or key_columns.referenced_table = $2::varchar)
order by pk_table_name, fk_table_name, fk_key_name, key_columns.key_sequence;
