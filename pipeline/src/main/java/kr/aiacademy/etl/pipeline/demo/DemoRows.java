package kr.aiacademy.etl.pipeline.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns demo applications into the rows of each drop. Region spellings and status labels vary row by row;
 * everything else about a person stays as it was first written.
 */
final class DemoRows {

    private static final String[] NOTES = {"기숙사 배정", "서류 보완 완료", "장학 대상", "노트북 지급", "재확인 필요"};
    private static final LocalDateTime STALE_EXPORT = LocalDateTime.of(2021, 3, 2, 10, 0);

    private final Random random;
    private final PersonFactory persons;

    DemoRows(Random random, PersonFactory persons) {
        this.random = random;
        this.persons = persons;
    }

    /** Every application as APPLIED: status_on = applied_on, updated_at = the time of application. */
    List<EnrollmentRow> applications(List<Application> applications) {
        List<EnrollmentRow> rows = new ArrayList<>();
        for (Application a : applications) {
            rows.add(row(a, Status.APPLIED, a.appliedAt().toLocalDate(), null, a.appliedAt(), null));
        }
        return rows;
    }

    /** The admitted as ENROLLED on the first course day, hours 0, updated from 09:00 a minute apart. */
    List<EnrollmentRow> admissions(List<Application> applications) {
        List<EnrollmentRow> rows = new ArrayList<>();
        for (Application a : applications) {
            if (a.admitted()) {
                rows.add(row(a, Status.ENROLLED, a.cohort().start(), 0, nineAm(a.cohort(), rows.size()), null));
            }
        }
        return rows;
    }

    /** As {@link #admissions} with the odd export's {@code note} column, and five bad rows among them. */
    List<EnrollmentRow> cohort1Admissions(List<Application> cohort1) {
        List<EnrollmentRow> rows = new ArrayList<>();
        for (EnrollmentRow r : admissions(cohort1)) {
            String note = random.nextInt(4) == 0 ? NOTES[random.nextInt(NOTES.length)] : "";
            rows.add(new EnrollmentRow(r.applicantId(), r.cohort(), r.person(), r.homeRegion(), r.status(),
                    r.appliedOn(), r.statusOn(), r.hoursAttended(), r.dormitory(), r.updatedAt(), note));
        }
        Cohort c = DemoPopulation.COHORT1;
        LocalDate applied = LocalDate.of(2020, 9, 3);
        int n = rows.size();
        List<EnrollmentRow> bad = List.of(
                bad("A1-9001", withRrn(stranger(), "901301-1234567"), null, "ENROLLED", applied, nineAm(c, n)),
                bad("A1-9002", stranger(), "화성", "ENROLLED", applied, nineAm(c, n + 1)),
                bad("A1-9003", stranger(), null, "ENROLLED", LocalDate.of(2020, 10, 12), nineAm(c, n + 2)),
                bad("A1-9004", stranger(), null, "PENDING", applied, nineAm(c, n + 3)),
                bad("A1-9005", withName(stranger(), ""), null, "ENROLLED", applied, nineAm(c, n + 4)));
        int[] positions = {23, 71, 112, 150, 187};
        for (int i = 0; i < bad.size(); i++) {
            rows.add(positions[i] + i, bad.get(i));
        }
        return rows;
    }

    /**
     * COMPLETED rows (last course day, 900–960 h, updated from 18:00 a minute apart) and DROPPED rows (a day
     * between {@code dropFrom} and {@code dropTo}, fewer hours, updated that day) for the applications whose
     * fate is one of those.
     */
    List<EnrollmentRow> finalStates(List<Application> applications, LocalDate dropFrom, LocalDate dropTo) {
        List<EnrollmentRow> rows = new ArrayList<>();
        int completed = 0;
        int span = (int) ChronoUnit.DAYS.between(dropFrom, dropTo) + 1;
        for (Application a : applications) {
            Cohort c = a.cohort();
            if (a.fate() == Status.COMPLETED) {
                int hours = c.plannedHours() - random.nextInt(61);
                rows.add(row(a, Status.COMPLETED, c.end(), hours, c.end().atTime(18, 0).plusMinutes(completed++),
                        null));
            } else if (a.fate() == Status.DROPPED) {
                LocalDate day = dropFrom.plusDays(random.nextInt(span));
                int hours = c.hoursBy(day, 0.7 + random.nextInt(25) / 100.0);
                rows.add(row(a, Status.DROPPED, day, hours, day.atTime(randomOfficeTime()), null));
            }
        }
        return rows;
    }

    /**
     * The stale re-export: three cohort-1 completers still ENROLLED, updated 2021-03-02 10:00:00 (older than
     * their COMPLETED rows), and two bad rows (unknown region {@code Mars}, rrn {@code 12345}).
     */
    List<EnrollmentRow> lateReExport(List<Application> cohort1) {
        List<Application> completers = cohort1.stream().filter(a -> a.fate() == Status.COMPLETED).toList();
        List<EnrollmentRow> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Application a = completers.get(random.nextInt(completers.size() / 3) + i * (completers.size() / 3));
            int hours = a.cohort().hoursBy(STALE_EXPORT.toLocalDate(), 0.85 + random.nextInt(15) / 100.0);
            rows.add(row(a, Status.ENROLLED, a.cohort().start(), hours, STALE_EXPORT, null));
        }
        LocalDate applied = LocalDate.of(2020, 8, 28);
        rows.add(1, bad("A1-9006", stranger(), "Mars", "ENROLLED", applied, STALE_EXPORT));
        rows.add(bad("A1-9007", withRrn(stranger(), "12345"), null, "ENROLLED", applied, STALE_EXPORT));
        return rows;
    }

    private EnrollmentRow row(Application a, Status status, LocalDate statusOn, Integer hours, LocalDateTime updatedAt,
            String note) {
        String dormitory = status == Status.APPLIED ? null : a.dormitory();
        return new EnrollmentRow(a.id(), a.cohort(), a.person(), a.person().home().spell(random),
                status.written(random), a.appliedAt().toLocalDate(), statusOn, hours, dormitory, updatedAt, note);
    }

    /**
     * A cohort-1 row that breaks exactly one rule: {@code region} {@code null} means a valid spelling of the
     * person's home; status_on is the first course day.
     */
    private EnrollmentRow bad(String id, Person person, String region, String status, LocalDate appliedOn,
            LocalDateTime updatedAt) {
        Cohort c = DemoPopulation.COHORT1;
        String written = region != null ? region : person.home().spell(random);
        return new EnrollmentRow(id, c, person, written, status, appliedOn, c.start(), 0, "N", updatedAt, "");
    }

    private Person stranger() {
        return persons.next(Places.pick(random));
    }

    private static Person withRrn(Person p, String rrn) {
        return new Person(p.name(), rrn, p.email(), p.phone(), p.home());
    }

    private static Person withName(Person p, String name) {
        return new Person(name, p.rrn(), p.email(), p.phone(), p.home());
    }

    private static LocalDateTime nineAm(Cohort cohort, int minutes) {
        return cohort.start().atTime(9, 0).plusMinutes(minutes);
    }

    private LocalTime randomOfficeTime() {
        return LocalTime.of(9 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
    }
}
