-- One row per column of a table or view (the shell's .describe and .docs), in column order: name, type,
-- whether it may be NULL, its key role and its comment; `position` orders them. Parameter: the table or view name.
with columns as (
    select table_name, column_name, column_index, data_type, is_nullable, comment
    from duckdb_columns()
    where not internal and schema_name <> 'build' and table_name = ?
),
constraint_columns as (
    select table_name, unnest(constraint_column_names) as column_name, lower(constraint_type) as key_role
    from duckdb_constraints()
    where constraint_type in ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE')
),
keys as (
    select table_name, column_name, string_agg(distinct key_role, ', ' order by key_role) as key_role
    from constraint_columns
    group by all
)
select
    columns.column_index as position,
    columns.column_name as "column",
    columns.data_type as type,
    case when columns.is_nullable then 'yes' else 'no' end as nullable,
    coalesce(keys.key_role, '') as "key",
    columns.comment
from columns
left join keys
    on keys.table_name = columns.table_name and keys.column_name = columns.column_name
order by columns.column_index;
