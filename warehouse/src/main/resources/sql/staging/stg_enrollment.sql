-- One row per enrollment record in the lake (every version of every application), with its lineage.
-- Filled from the lake files of the loaded drops; dropped with the session.
create temp table stg_enrollment (
    applicant_id      varchar,
    cohort            integer,
    course_start      date,
    course_end        date,
    planned_hours     integer,
    person_key        blob,
    birth_year        integer,
    sex               varchar,
    home_region_code  integer,
    status            varchar,
    applied_on        date,
    status_on         date,
    hours_attended    integer,
    dormitory         boolean,
    updated_at        timestamp,
    drop_sha256       varchar,
    drop_name         varchar,
    drop_date         date,
    drop_seq          integer,
    source_file       varchar,
    record_no         bigint,
    ingested_at       timestamp
);
