package kr.aiacademy.etl.pipeline.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the bundled demo inbox and benchmark inboxes of the {@code enrollment}, {@code employment},
 * {@code awards} and {@code budget} feeds, deterministically (fixed seeds, fixed archive metadata): two calls
 * write byte-identical files.
 *
 * <p>The demo drops in {@code <inbox>/enrollment/}, in name order:
 * <ol>
 * <li>{@code enrollment_20200914.tar.gz}: the 1,160 cohort-1 applications as APPLIED in
 * {@code export/applications_part1.csv} and {@code _part2.csv}, with {@code export/README.txt} and
 * {@code export/.DS_Store};</li>
 * <li>{@code enrollment_20201005.zip}: the 200 admitted as ENROLLED in {@code applications.csv} (other column
 * order, extra {@code note} column, BOM, CRLF, {@code yyyy.MM.dd} and {@code yyyyMMdd} dates), bad rows
 * {@code A1-9001}…{@code A1-9005}, and {@code __MACOSX/._applications.csv};</li>
 * <li>{@code enrollment_20210514.csv.gz}: 155 COMPLETED and 45 DROPPED;</li>
 * <li>{@code enrollment_20210514_2.csv.gz}: the same bytes again (a re-delivery);</li>
 * <li>{@code enrollment_20210520.csv}: three completers as ENROLLED with an older {@code updated_at}, and bad
 * rows {@code A1-9006}, {@code A1-9007};</li>
 * <li>{@code enrollment_20210611.tar.gz}: the 609 cohort-2 applications in {@code sis/2021/};</li>
 * <li>{@code enrollment_20210705.zip}: the 180 admitted to cohort 2 as ENROLLED;</li>
 * <li>{@code enrollment_20210901.csv.bz2}: three of them DROPPED.</li>
 * </ol>
 *
 * <p>The other feeds' drops (no personal data; employers and BRNs are business data): {@code employment/}
 * (see {@link EmploymentDemo}), {@code awards/} (see {@link AwardsDemo}) and {@code budget/} (see
 * {@link BudgetDemo}), listed in {@link #ALL_DROP_NAMES}.
 */
public final class DemoInboxGenerator {

    public static final int COHORT1_APPLICANTS = 1160;
    public static final int COHORT1_ADMITTED = 200;
    public static final int COHORT1_COMPLETERS = 155;
    public static final int COHORT1_LOCAL_COMPLETERS = 73;
    public static final int COHORT1_DROPPED = 45;
    public static final int COHORT1_PLANNED_HOURS = 960;
    public static final int COHORT2_APPLICANTS = 609;
    public static final int COHORT2_ADMITTED = 180;
    public static final int COHORT2_DROPPED = 3;
    public static final int COHORT2_PLANNED_HOURS = 1120;
    /** Cohort-1 applicants, not admitted, who apply again to cohort 2 as the same person. */
    public static final int REPEAT_APPLICANTS = DemoPopulation.REPEATERS;
    /** Of the repeat applicants, those with another home region the second time. */
    public static final int MOVED_APPLICANTS = DemoPopulation.MOVERS;
    /** Distinct persons (distinct rrn digits) among the valid rows. */
    public static final int DISTINCT_PERSONS = COHORT1_APPLICANTS + COHORT2_APPLICANTS - REPEAT_APPLICANTS;
    /** Enrollment rows the loader must reject: {@code A1-9001} … {@code A1-9007}. */
    public static final int BAD_ROWS = 7;
    /** Files in {@code <inbox>/enrollment/}; one of them is a re-delivery of another. */
    public static final int DROP_COUNT = 8;
    /** The enrollment demo drop names in name (= load) order. */
    public static final List<String> DROP_NAMES = List.of("enrollment_20200914.tar.gz", "enrollment_20201005.zip",
            "enrollment_20210514.csv.gz", "enrollment_20210514_2.csv.gz", "enrollment_20210520.csv",
            "enrollment_20210611.tar.gz", "enrollment_20210705.zip", "enrollment_20210901.csv.bz2");
    /** The drop that repeats the bytes of {@code enrollment_20210514.csv.gz}. */
    public static final String DUPLICATE_DROP = "enrollment_20210514_2.csv.gz";

    /** Employment drops in {@code <inbox>/employment/}, in name (= load) order. */
    public static final List<String> EMPLOYMENT_DROP_NAMES = EmploymentDemo.DROP_NAMES;
    /** Awards drops in {@code <inbox>/awards/}, in name order. */
    public static final List<String> AWARDS_DROP_NAMES = AwardsDemo.DROP_NAMES;
    /** Budget drops in {@code <inbox>/budget/}, in name order; the last one is UTF-8, the others CP949. */
    public static final List<String> BUDGET_DROP_NAMES = BudgetDemo.DROP_NAMES;
    /** Every demo drop as {@code <feed>/<name>}, relative to the inbox: enrollment, employment, awards, budget. */
    public static final List<String> ALL_DROP_NAMES = allDropNames();
    public static final int ALL_DROP_COUNT = 16;

    /** Cohort-1 completers whose current outcome is EMPLOYED, STARTUP or GRAD_SCHOOL (118 + 6 + 6). */
    public static final int COHORT1_POSITIVE_OUTCOMES = 130;
    public static final int COHORT1_EMPLOYED = 118;
    public static final int COHORT1_STARTUP = 6;
    public static final int COHORT1_GRAD_SCHOOL = 6;
    public static final int COHORT1_SEEKING = 25;
    /** Distinct employers (by brn) of the valid, linked employment records. */
    public static final int DEMO_EMPLOYERS = 25;
    /** Valid employment records of applicant ids that do not exist: {@code A3-0001}, {@code A3-0002}. */
    public static final int UNLINKED_EMPLOYMENT = 2;
    public static final List<String> UNLINKED_APPLICANT_IDS = EmploymentDemo.UNLINKED_IDS;
    /** Employment records to reject: outcome RETIRED, EMPLOYED without employer, brn {@code 12-345}. */
    public static final int BAD_EMPLOYMENT_RECORDS = EmploymentDemo.BAD_RECORDS;
    /** Distinct awards (award_id) of cohort 1 after replacements; cohort 2 has none. */
    public static final int COHORT1_AWARDED_TEAMS = 9;
    /** Of those, rank WINNER. */
    public static final int COHORT1_AWARDS_WON = 7;
    public static final long COHORT1_PRIZE_TOTAL_KRW = 28_000_000L;
    /** Award records to reject: {@code AW-2021-010} with prize -100. */
    public static final int BAD_AWARD_RECORDS = AwardsDemo.BAD_RECORDS;
    public static final String ACADEMY_PROGRAM = BudgetDemo.ACADEMY;
    public static final String CITY_PROGRAM = BudgetDemo.CITY;
    /** {@code GJ-AI-ACADEMY} fiscal 2020: 1,500,000,000 국비 + 2,000,000,000 시비. */
    public static final long ACADEMY_BUDGET_2020_KRW = 3_500_000_000L;
    public static final long ACADEMY_NATIONAL_2020_KRW = 1_500_000_000L;
    public static final long ACADEMY_CITY_2020_KRW = 2_000_000_000L;
    /** {@code GJ-AI-ACADEMY} fiscal 2021: 1,800,000,000 국비 + 2,400,000,000 시비. */
    public static final long ACADEMY_BUDGET_2021_KRW = 4_200_000_000L;
    /** Fiscal 2020 allocation per cohort-1 completer, rounded: 3.5e9 / 155. */
    public static final long COHORT1_COST_PER_COMPLETER_KRW = 22_580_645L;
    public static final long CITY_BUDGET_2020_KRW = 69_700_000_000L;
    public static final long CITY_BUDGET_2021_KRW = 80_050_000_000L;
    /** Budget rows to reject: 재원 {@code 기타}, negative 예산액 (both in {@code budget_20210331.csv}). */
    public static final int BAD_BUDGET_ROWS = BudgetDemo.BAD_ROWS;

    private DemoInboxGenerator() {
    }

    /**
     * Writes the demo drops ({@link #ALL_DROP_NAMES}) into {@code <inbox>/enrollment/}, {@code employment/},
     * {@code awards/} and {@code budget/}, creating folders, replacing files; each dated as delivered on its name
     * date.
     */
    public static void writeDemoInbox(Path inbox) throws IOException {
        DemoPlan plan = DemoPlan.create();
        DemoInboxWriter.write(plan, inbox);
        EmploymentDemo.write(inbox, plan.cohort1CompleterIds());
        AwardsDemo.write(inbox, plan.cohort1CompleterIds());
        BudgetDemo.write(inbox);
        DeliveryTimes.dateDrops(inbox);
    }

    /**
     * Every name, rrn (as written, with or without hyphen), e-mail address and phone number the demo inbox
     * contains, bad rows included; regenerated from the seed, not read from disk.
     */
    public static Set<String> demoPersonalValues() {
        return Set.copyOf(DemoPlan.create().personalValues());
    }

    /** The applicant ids of the 155 cohort-1 completers, ascending (for the other feeds' demo data). */
    public static List<String> cohort1CompleterIds() {
        return DemoPlan.create().cohort1CompleterIds();
    }

    /**
     * Writes {@code applications} benchmark rows over {@code drops} files {@code enrollment_20240101.csv.gz},
     * {@code enrollment_20240102.csv.gz}, … into {@code <inbox>/enrollment/}, streaming row by row: cohorts
     * of 2,000 applicants from cohort 101, ids {@code S<cohort>-<nnnn>}, about 0.1 % rows with an unknown
     * region. Alongside: one employment record per 4 applications for recent completers (their enrollment
     * ids) in {@code employment/employment_2024010<d>.jsonl.gz}, one award per 50 applications in
     * {@code awards/awards_2024010<d>.jsonl} (a file per enrollment drop, when it has records), and
     * {@code budget/budget_20240101.csv} (CP949, program {@code SCALE-AI-ACADEMY}); see {@link ScaleFeeds}.
     */
    public static void writeScaleInbox(Path inbox, long applications, int drops) throws IOException {
        ScaleInboxWriter.write(inbox, applications, drops);
        DeliveryTimes.dateDrops(inbox);
    }

    private static List<String> allDropNames() {
        List<String> names = new ArrayList<>();
        DROP_NAMES.forEach(n -> names.add("enrollment/" + n));
        EMPLOYMENT_DROP_NAMES.forEach(n -> names.add("employment/" + n));
        AWARDS_DROP_NAMES.forEach(n -> names.add("awards/" + n));
        BUDGET_DROP_NAMES.forEach(n -> names.add("budget/" + n));
        return List.copyOf(names);
    }
}
