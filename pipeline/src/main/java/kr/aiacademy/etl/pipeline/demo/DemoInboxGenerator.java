package kr.aiacademy.etl.pipeline.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Writes the bundled demo inbox and benchmark inboxes of the {@code enrollment} feed, deterministically (fixed
 * seeds, fixed archive metadata): two calls write byte-identical files.
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
    /** Rows the loader must reject: {@code A1-9001} … {@code A1-9007}. */
    public static final int BAD_ROWS = 7;
    /** Files in {@code <inbox>/enrollment/}; one of them is a re-delivery of another. */
    public static final int DROP_COUNT = 8;
    /** The demo drop names in name (= load) order. */
    public static final List<String> DROP_NAMES = List.of("enrollment_20200914.tar.gz", "enrollment_20201005.zip",
            "enrollment_20210514.csv.gz", "enrollment_20210514_2.csv.gz", "enrollment_20210520.csv",
            "enrollment_20210611.tar.gz", "enrollment_20210705.zip", "enrollment_20210901.csv.bz2");
    /** The drop that repeats the bytes of {@code enrollment_20210514.csv.gz}. */
    public static final String DUPLICATE_DROP = "enrollment_20210514_2.csv.gz";

    private DemoInboxGenerator() {
    }

    /** Writes the eight demo drops into {@code <inbox>/enrollment/}, creating folders, replacing files. */
    public static void writeDemoInbox(Path inbox) throws IOException {
        DemoInboxWriter.write(DemoPlan.create(), inbox);
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
     * region.
     */
    public static void writeScaleInbox(Path inbox, long applications, int drops) throws IOException {
        ScaleInboxWriter.write(inbox, applications, drops);
    }
}
