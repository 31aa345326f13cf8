package kr.aiacademy.etl.pipeline.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo drops of the {@code employment} feed, over the 155 cohort-1 completers shuffled with a fixed seed:
 * <ol>
 * <li>{@code employment_20210831.jsonl}: the first survey (2021-08-31) of all 155, in id order: 90 EMPLOYED
 * (every one of the 25 {@link Employers} at least once), 4 STARTUP, 6 GRAD_SCHOOL, 55 SEEKING;</li>
 * <li>{@code employment_20211015.jsonl}: a late, stale delivery dated 2021-07-15: the five lowest ids of those
 * EMPLOYED in the first survey as SEEKING; {@code A3-0001} and {@code A3-0002} EMPLOYED (no such applicants);
 * three bad records on the three lowest ids of the final SEEKING: outcome {@code RETIRED}, EMPLOYED without
 * employer, EMPLOYED at brn {@code 12-345};</li>
 * <li>{@code employment_20211130.jsonl.gz}: the second survey (2021-11-30) of the 55 first-survey SEEKING: 28
 * EMPLOYED (the first hire at the renamed {@code (주)빛고을에이아이}, the second at {@code (주)무등데이터} now in
 * {@code 전라남도}), 2 STARTUP, 25 SEEKING.</li>
 * </ol>
 * Current outcomes (latest {@code surveyed_on}): 118 EMPLOYED, 6 STARTUP, 6 GRAD_SCHOOL, 25 SEEKING.
 */
final class EmploymentDemo {

    static final List<String> DROP_NAMES = List.of("employment_20210831.jsonl", "employment_20211015.jsonl",
            "employment_20211130.jsonl.gz");
    static final List<String> UNLINKED_IDS = List.of("A3-0001", "A3-0002");
    static final String SPRING_FAIR = "2021 광주 인공지능 기업 맞춤형 인재 채용데이";
    static final String AUTUMN_FAIR = "2021 하반기 광주 AI 인재 채용박람회";
    static final Survey FIRST = new Survey(LocalDate.of(2021, 8, 31), LocalDate.of(2021, 5, 17), 100, SPRING_FAIR);
    static final Survey SECOND = new Survey(LocalDate.of(2021, 11, 30), LocalDate.of(2021, 9, 1), 85, AUTUMN_FAIR);
    static final Survey STALE = new Survey(LocalDate.of(2021, 7, 15), LocalDate.of(2021, 5, 17), 50, SPRING_FAIR);
    static final int FIRST_EMPLOYED = 90;
    static final int FIRST_STARTUP = 4;
    static final int GRAD_SCHOOL = 6;
    static final int LATER_EMPLOYED = 28;
    static final int LATER_STARTUP = 2;
    static final int STALE_RECORDS = 5;
    static final int BAD_RECORDS = 3;

    private static final long SEED = 20_210_831L;

    private final Random random = new Random(SEED);
    private final EmploymentRecords records = new EmploymentRecords(random);

    private EmploymentDemo() {
    }

    /** Writes the three drops into {@code <inbox>/employment/}; {@code completers} ascending. */
    static void write(Path inbox, List<String> completers) throws IOException {
        Path dir = Files.createDirectories(inbox.resolve("employment"));
        new EmploymentDemo().writeTo(dir, completers);
    }

    private void writeTo(Path dir, List<String> completers) throws IOException {
        List<String> ids = new ArrayList<>(completers);
        Collections.shuffle(ids, random);
        int startups = FIRST_EMPLOYED + FIRST_STARTUP;
        int seeking = startups + GRAD_SCHOOL;
        List<String> employed = ids.subList(0, FIRST_EMPLOYED);
        List<String> stillSeeking = ids.subList(seeking, ids.size());

        Map<String, ObjectNode> first = new TreeMap<>();
        List<Integer> employers = Employers.draws(random, FIRST_EMPLOYED);
        Collections.shuffle(employers, random);
        for (int i = 0; i < FIRST_EMPLOYED; i++) {
            first.put(employed.get(i), records.employed(employed.get(i), Employers.ALL.get(employers.get(i)), FIRST));
        }
        ids.subList(FIRST_EMPLOYED, startups).forEach(id -> first.put(id, records.startup(id, FIRST)));
        ids.subList(startups, seeking).forEach(id -> first.put(id, records.gradSchool(id, FIRST)));
        stillSeeking.forEach(id -> first.put(id, records.seeking(id, FIRST)));
        Files.write(dir.resolve(DROP_NAMES.get(0)), JsonLines.lines(List.copyOf(first.values())));

        Map<String, ObjectNode> second = new TreeMap<>();
        for (int i = 0; i < stillSeeking.size(); i++) {
            String id = stillSeeking.get(i);
            if (i < LATER_EMPLOYED) {
                int employer = i == 0 ? Employers.RENAMED : i == 1 ? Employers.MOVED : Employers.pick(random);
                second.put(id, records.employed(id, Employers.afterRename(employer), SECOND));
            } else if (i < LATER_EMPLOYED + LATER_STARTUP) {
                second.put(id, records.startup(id, SECOND));
            } else {
                second.put(id, records.seeking(id, SECOND));
            }
        }
        Archives.gzip(dir.resolve(DROP_NAMES.get(2)), JsonLines.lines(List.copyOf(second.values())));

        List<String> finallySeeking = new ArrayList<>(stillSeeking.subList(LATER_EMPLOYED + LATER_STARTUP,
                stillSeeking.size()));
        Collections.sort(finallySeeking);
        Files.write(dir.resolve(DROP_NAMES.get(1)), JsonLines.lines(stale(employed, finallySeeking)));
    }

    /** The late delivery: stale SEEKING records, unlinked records, then the three bad records. */
    private List<ObjectNode> stale(List<String> employed, List<String> finallySeeking) {
        List<ObjectNode> nodes = new ArrayList<>();
        employed.stream().sorted().limit(STALE_RECORDS).forEach(id -> nodes.add(records.seeking(id, STALE)));
        nodes.add(records.employed(UNLINKED_IDS.get(0), Employers.ALL.get(2), STALE));
        nodes.add(records.employed(UNLINKED_IDS.get(1), Employers.ALL.get(18), STALE));
        nodes.add(records.other(finallySeeking.get(0), "RETIRED", STALE));
        ObjectNode noEmployer = records.employed(finallySeeking.get(1), Employers.ALL.get(3), STALE);
        noEmployer.remove("employer");
        nodes.add(noEmployer);
        nodes.add(records.employed(finallySeeking.get(2), new Employer("12-345", "(주)광주소프트랩", "광주"), STALE));
        return nodes;
    }
}
