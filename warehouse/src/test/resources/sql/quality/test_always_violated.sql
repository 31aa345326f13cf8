-- A check that always finds violations: proves the gate stops a build.
select 'test.always_violated' as check_name, count(*) as violations from dim_region;
