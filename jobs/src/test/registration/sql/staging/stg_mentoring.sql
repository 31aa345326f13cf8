-- grain: One row per mentoring session record in the lake (a session may come again in a later drop).
-- input: lake/mentoring
create temp table stg_mentoring (
    session_id        varchar,
    applicant_id      varchar,
    cohort            integer,
    mentor            varchar,
    held_on           date,
    hours             integer,
    drop_sha256       varchar,
    drop_name         varchar,
    drop_date         date,
    drop_seq          integer,
    drop_seen_at      timestamp,
    source_file       varchar,
    record_no         bigint,
    ingested_at       timestamp
);
