-- description: One row per published run and drop whose rows were in its warehouse (LOADED), kept under
--   history/kpi_run_drops/
-- grain: One row per published run and drop whose rows were in its warehouse (status LOADED at its build): of each
--   earlier published run, read back from its snapshot, and of this build's run.
-- primary key: execution_id, sha256
-- column execution_id: Job execution of the run
-- column feed: Feed of the drop
-- column drop_name: File name as delivered
-- column sha256: Hex SHA-256 of the drop
create table kpi_run_drops as
with build as (
    select execution_id from etl_build
),
earlier as (
    select snapshots.execution_id, snapshots.feed, snapshots.drop_name, snapshots.sha256
    from stg_kpi_run_drops as snapshots
    where snapshots.execution_id is distinct from (select execution_id from build)
),
current_run as (
    select build.execution_id, drops.feed, drops.drop_name, drops.sha256
    from etl_drop_log as drops
    cross join build
    where build.execution_id is not null and drops.status = 'LOADED'
)
select * from earlier
union all
select * from current_run
order by execution_id, feed, drop_name, sha256;
