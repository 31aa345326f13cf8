package kr.aiacademy.etl.jobs.sis;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import kr.aiacademy.etl.jobs.SharedPostgres;

/** The SIS database's {@code applications} table (the columns of the enrollment feed), in a test's database. */
public final class SisTable {

    private SisTable() {
    }

    /** Creates the empty table. */
    public static void create(SharedPostgres.Database database) throws SQLException {
        sql(database, """
                create table applications (
                    applicant_id varchar primary key, cohort int, course_start date, course_end date,
                    planned_hours int, name varchar, rrn varchar, email varchar, phone varchar, home_region varchar,
                    status varchar, applied_on date, status_on date, hours_attended int, dormitory char(1),
                    updated_at timestamp)""");
    }

    /** Runs one statement in its own transaction. */
    public static void sql(SharedPostgres.Database database, String statement) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
