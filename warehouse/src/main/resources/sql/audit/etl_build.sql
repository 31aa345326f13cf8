-- One row: what the warehouse was built from, as a digest of its input (the lake files, the rejects files and the
-- drop ledger) and of the build's SQL. A run whose input has the same digest as the published warehouse's has
-- nothing to rebuild.
create table etl_build (
    input_digest varchar not null
);
