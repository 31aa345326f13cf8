-- The names a query's result may change with between two runs on one published file, for the endpoint's result
-- cache (ResultCache): functions DuckDB does not call consistent (random, now, current_date, nextval, ...), every
-- table function, pragma and table macro (they read files or describe the running database) and sampling, with no
-- definition; then each macro and view with its definition — the cache adds those whose definitions name one of
-- the names, until no more is added.
select lower(function_name) as name, null as definition
from duckdb_functions()
where function_type in ('table', 'pragma', 'table_macro')
   or (function_type in ('scalar', 'aggregate', 'window') and stability is distinct from 'CONSISTENT')
union all
select name, null from (values ('sample'), ('tablesample')) as sampling(name)
union all
select lower(function_name), macro_definition from duckdb_functions() where function_type = 'macro'
union all
select lower(view_name), sql from duckdb_views()
