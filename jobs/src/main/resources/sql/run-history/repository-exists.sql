-- Whether the job repository has been created (a data directory where nothing has run yet has no tables).
-- Runs on H2 and PostgreSQL.
select count(*) from information_schema.tables where upper(table_name) = 'BATCH_JOB_EXECUTION'
