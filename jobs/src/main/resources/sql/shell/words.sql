-- The words the shell completes: SQL keywords, tables and views, columns and function names.
select keyword_name as word from duckdb_keywords()
union
select table_name from duckdb_tables() where not internal and schema_name <> 'build'
union
select view_name from duckdb_views() where not internal
union
select column_name from duckdb_columns() where not internal and schema_name <> 'build'
union
select function_name from duckdb_functions() where not starts_with(function_name, '__')
order by word;
