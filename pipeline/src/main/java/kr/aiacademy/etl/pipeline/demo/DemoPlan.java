package kr.aiacademy.etl.pipeline.demo;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every row of the demo enrollment drops, per drop, drawn from one fixed seed: calling {@link #create()} twice
 * gives equal plans. See {@link DemoInboxGenerator} for what each drop holds.
 */
record DemoPlan(List<EnrollmentRow> cohort1Applications, List<EnrollmentRow> cohort1Admissions,
        List<EnrollmentRow> cohort1Final, List<EnrollmentRow> lateReExport, List<EnrollmentRow> cohort2Applications,
        List<EnrollmentRow> cohort2Admissions, List<EnrollmentRow> cohort2Dropouts, List<String> cohort1CompleterIds) {

    private static final long SEED = 20_201_005L;
    private static final LocalDate COHORT1_DROPS_FROM = LocalDate.of(2020, 11, 2);
    private static final LocalDate COHORT1_DROPS_TO = LocalDate.of(2021, 4, 30);
    private static final LocalDate COHORT2_DROPS_FROM = LocalDate.of(2021, 8, 2);
    private static final LocalDate COHORT2_DROPS_TO = LocalDate.of(2021, 8, 27);

    static DemoPlan create() {
        Random random = new Random(SEED);
        PersonFactory persons = PersonFactory.unique(random);
        DemoPopulation population = DemoPopulation.create(random, persons);
        DemoRows rows = new DemoRows(random, persons);
        List<Application> c1 = population.cohort1();
        List<Application> c2 = population.cohort2();
        // one random stream: the order of these calls is part of the output
        List<EnrollmentRow> applications1 = rows.applications(c1);
        List<EnrollmentRow> admissions1 = rows.cohort1Admissions(c1);
        List<EnrollmentRow> final1 = rows.finalStates(c1, COHORT1_DROPS_FROM, COHORT1_DROPS_TO);
        List<EnrollmentRow> late = rows.lateReExport(c1);
        List<EnrollmentRow> applications2 = rows.applications(c2);
        List<EnrollmentRow> admissions2 = rows.admissions(c2);
        List<EnrollmentRow> final2 = rows.finalStates(c2, COHORT2_DROPS_FROM, COHORT2_DROPS_TO);
        List<String> completers = c1.stream().filter(a -> a.fate() == Status.COMPLETED).map(Application::id).toList();
        return new DemoPlan(applications1, admissions1, final1, late, applications2, admissions2, final2, completers);
    }

    Stream<EnrollmentRow> allRows() {
        return Stream.of(cohort1Applications, cohort1Admissions, cohort1Final, lateReExport, cohort2Applications,
                cohort2Admissions, cohort2Dropouts).flatMap(List::stream);
    }

    /** Every name, rrn, e-mail address and phone number as written in the rows (empty values left out). */
    Set<String> personalValues() {
        Set<String> values = new LinkedHashSet<>();
        allRows().forEach(row -> {
            Person p = row.person();
            for (String v : new String[] {p.name(), p.rrn(), p.email(), p.phone()}) {
                if (!v.isEmpty()) {
                    values.add(v);
                }
            }
        });
        return values;
    }
}
