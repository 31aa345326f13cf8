package kr.aiacademy.etl.pipeline.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The people behind the demo inbox: who applied to cohorts 1 and 2, when, and how each application ends.
 * Cohort 1: 1,160 applicants, 155 completers (73 from Gwangju) and 45 dropouts; cohort 2: 609 applicants of
 * whom 40 are cohort-1 applicants who were not admitted (10 of them moved), 177 enrolled and 3 dropouts.
 */
record DemoPopulation(List<Application> cohort1, List<Application> cohort2) {

    static final Cohort COHORT1 = new Cohort(1, LocalDate.of(2020, 10, 5), LocalDate.of(2021, 5, 14), 960);
    static final Cohort COHORT2 = new Cohort(2, LocalDate.of(2021, 7, 5), LocalDate.of(2022, 2, 25), 1120);
    static final int REPEATERS = 40;
    static final int MOVERS = 10;

    /** Home regions of the 82 cohort-1 completers from outside Gwangju, by region code. */
    private static final int[][] OTHER_COMPLETER_HOMES = {
        {46, 30}, {11, 12}, {41, 10}, {52, 9}, {27, 5}, {26, 5}, {44, 4}, {50, 2}, {30, 2}, {48, 1}, {28, 1},
        {43, 1}
    };

    /** Draws the population from {@code random}; the same seed gives the same people. */
    static DemoPopulation create(Random random, PersonFactory persons) {
        List<Status> fates1 = fates(random, 1160, Status.COMPLETED, 155, Status.DROPPED, 45);
        List<Place> completerHomes = new ArrayList<>(Collections.nCopies(73, Places.byCode(Place.GWANGJU)));
        for (int[] home : OTHER_COMPLETER_HOMES) {
            completerHomes.addAll(Collections.nCopies(home[1], Places.byCode(home[0])));
        }
        Collections.shuffle(completerHomes, random);
        List<Person> people1 = new ArrayList<>();
        int completer = 0;
        for (Status fate : fates1) {
            Place home = fate == Status.COMPLETED ? completerHomes.get(completer++) : Places.pick(random);
            people1.add(persons.next(home));
        }
        List<Application> cohort1 = applications(random, COHORT1, "A1-", people1, fates1,
                LocalDate.of(2020, 8, 17), LocalDate.of(2020, 9, 11));

        List<Person> people2 = new ArrayList<>(repeaters(random, cohort1));
        while (people2.size() < 609) {
            people2.add(persons.next(Places.pick(random)));
        }
        Collections.shuffle(people2, random);
        List<Status> fates2 = fates(random, 609, Status.ENROLLED, 177, Status.DROPPED, 3);
        List<Application> cohort2 = applications(random, COHORT2, "A2-", people2, fates2,
                LocalDate.of(2021, 5, 10), LocalDate.of(2021, 6, 4));
        return new DemoPopulation(List.copyOf(cohort1), List.copyOf(cohort2));
    }

    /**
     * Forty cohort-1 applicants who were not admitted, applying again: the first ten moved to another region;
     * every second one writes the rrn the other way this time (same digits, so the same person).
     */
    private static List<Person> repeaters(Random random, List<Application> cohort1) {
        List<Person> rejected = new ArrayList<>();
        for (Application a : cohort1) {
            if (!a.admitted()) {
                rejected.add(a.person());
            }
        }
        Collections.shuffle(rejected, random);
        List<Person> again = new ArrayList<>();
        for (int i = 0; i < REPEATERS; i++) {
            Person p = rejected.get(i);
            if (i < MOVERS) {
                int from = p.home().code();
                p = p.movedTo(Places.pick(random, code -> code != from));
            }
            again.add(i % 2 == 0 ? p.withOtherRrnForm() : p);
        }
        return again;
    }

    /** {@code total} fates: the given counts of two admitted states, the rest APPLIED, shuffled. */
    private static List<Status> fates(Random random, int total, Status a, int countA, Status b, int countB) {
        List<Status> fates = new ArrayList<>(Collections.nCopies(countA, a));
        fates.addAll(Collections.nCopies(countB, b));
        fates.addAll(Collections.nCopies(total - countA - countB, Status.APPLIED));
        Collections.shuffle(fates, random);
        return fates;
    }

    /** Pairs people with fates and application times; ids are numbered in the order people applied. */
    private static List<Application> applications(Random random, Cohort cohort, String prefix, List<Person> people,
            List<Status> fates, LocalDate first, LocalDate last) {
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            times.add(first.plusDays(random.nextInt(days))
                    .atTime(7 + random.nextInt(17), random.nextInt(60), random.nextInt(60)));
        }
        Collections.sort(times);
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            Status fate = fates.get(i);
            String dormitory = null;
            if (fate.admitted()) {
                int chance = person.home().code() == Place.GWANGJU ? 15 : 70;
                dormitory = random.nextInt(100) < chance ? "Y" : "N";
            }
            String id = prefix + PersonFactory.pad(i + 1, 4);
            applications.add(new Application(id, cohort, person, times.get(i), fate, dormitory));
        }
        return applications;
    }
}
