-- Runs once, when the postgres volume is first initialized (docker-entrypoint-initdb.d, through psql, as the
-- POSTGRES_USER in the etl database). The etl database itself needs nothing: the application creates its
-- tables (Spring Batch, Quartz, drop ledger, SIS watermark) at start.
--
-- A stand-in for the student information system: a database "sis" with the applications table the nightly load
-- pulls (ETL_SIS_URL), in the columns of the enrollment feed, and a read-only role for the pull.
-- Every person below is invented (synthetic test data): names 테스트…, made-up resident registration numbers
-- (serial digits x00000n), @example.org addresses, 010-0000-xxxx phone numbers.

CREATE ROLE sis_reader LOGIN PASSWORD 'sis_reader';
CREATE DATABASE sis;
GRANT CONNECT ON DATABASE sis TO sis_reader;

\connect sis

CREATE TABLE applications (
    applicant_id   varchar(32) PRIMARY KEY,
    cohort         integer     NOT NULL,
    course_start   date        NOT NULL,
    course_end     date        NOT NULL,
    planned_hours  integer     NOT NULL,
    name           varchar(50) NOT NULL,
    rrn            char(14)    NOT NULL,
    email          varchar(100),
    phone          varchar(20),
    home_region    varchar(30) NOT NULL,
    status         varchar(10) NOT NULL,
    applied_on     date        NOT NULL,
    status_on      date        NOT NULL,
    hours_attended integer,
    dormitory      char(1),
    updated_at     timestamp   NOT NULL
);
-- the pull reads the rows changed after its watermark
CREATE INDEX applications_updated_at ON applications (updated_at);

INSERT INTO applications VALUES
    ('SIS-0001', 3, '2024-03-04', '2024-10-25', 1120, '테스트일', '990101-1000001', 'test1@example.org',
     '010-0000-0001', '광주', 'APPLIED', '2024-01-15', '2024-01-15', NULL, NULL, '2024-01-15 09:00:00'),
    ('SIS-0002', 3, '2024-03-04', '2024-10-25', 1120, '테스트이', '990202-2000002', 'test2@example.org',
     '010-0000-0002', '광주광역시', 'ADMITTED', '2024-01-16', '2024-02-20', NULL, 'Y', '2024-02-20 10:00:00'),
    ('SIS-0003', 3, '2024-03-04', '2024-10-25', 1120, '테스트삼', '000303-3000003', 'test3@example.org',
     '010-0000-0003', '전남', 'ENROLLED', '2024-01-17', '2024-03-04', 120, 'N', '2024-03-29 18:00:00'),
    ('SIS-0004', 3, '2024-03-04', '2024-10-25', 1120, '테스트사', '010404-4000004', 'test4@example.org',
     '010-0000-0004', '서울', 'ENROLLED', '2024-01-18', '2024-03-04', 136, 'Y', '2024-03-29 18:00:00'),
    ('SIS-0005', 3, '2024-03-04', '2024-10-25', 1120, '테스트오', '980505-1000005', 'test5@example.org',
     '010-0000-0005', '광주', 'DROPPED', '2024-01-19', '2024-04-12', 160, 'N', '2024-04-12 17:30:00'),
    ('SIS-0006', 2, '2023-03-06', '2023-10-27', 1120, '테스트육', '970606-2000006', 'test6@example.org',
     '010-0000-0006', '광주', 'COMPLETED', '2023-01-20', '2023-10-27', 1098, 'N', '2023-10-27 18:00:00');

GRANT USAGE ON SCHEMA public TO sis_reader;
GRANT SELECT ON applications TO sis_reader;
