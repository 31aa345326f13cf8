package kr.aiacademy.etl.pipeline.demo;

import java.util.Random;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds employment-feed objects in the contract's field order: applicant_id, outcome, employer, job_role,
 * started_on, channel, hiring_event, annual_salary_krw, surveyed_on. Salaries run from 28,000,000 to
 * 45,000,000 won in steps of 100,000, about one in three written as text ({@code "36,000,000원"}).
 */
final class EmploymentRecords {

    private static final String[] ROLES = {"DEVELOPER", "DEVELOPER", "DEVELOPER", "DEVELOPER", "DATA_SCIENTIST",
        "DATA_SCIENTIST", "ENGINEER", "ENGINEER", "PLANNING", "PROJECT_MANAGER", "MANAGEMENT", "OTHER"};
    private static final String[] CHANNELS = {"HIRING_FAIR", "HIRING_FAIR", "HIRING_FAIR", "NETWORK", "NETWORK",
        "OPEN_RECRUITMENT", "OPEN_RECRUITMENT", "OPEN_RECRUITMENT", "OPEN_RECRUITMENT", "OTHER"};

    private final Random random;

    EmploymentRecords(Random random) {
        this.random = random;
    }

    /** Employed at {@code employer}; role, start, channel (and fair) and salary drawn. */
    ObjectNode employed(String id, Employer employer, Survey survey) {
        ObjectNode o = start(id, "EMPLOYED");
        o.set("employer", employer(employer));
        o.put("job_role", ROLES[random.nextInt(ROLES.length)]);
        o.put("started_on", survey.startFrom().plusDays(random.nextInt(survey.startDays())).toString());
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        o.put("channel", channel);
        if (channel.equals("HIRING_FAIR") && survey.fair() != null) {
            o.put("hiring_event", survey.fair());
        }
        long salary = 28_000_000L + random.nextInt(171) * 100_000L;
        if (random.nextInt(3) == 0) {
            o.put("annual_salary_krw", JsonLines.wonText(salary));
        } else {
            o.put("annual_salary_krw", salary);
        }
        o.put("surveyed_on", survey.on().toString());
        return o;
    }

    /** Founded a company: {@code employer: null}, role MANAGEMENT, channel OTHER, no salary. */
    ObjectNode startup(String id, Survey survey) {
        ObjectNode o = start(id, "STARTUP");
        o.putNull("employer");
        o.put("job_role", "MANAGEMENT");
        o.put("started_on", survey.startFrom().plusDays(random.nextInt(survey.startDays())).toString());
        o.put("channel", "OTHER");
        o.put("surveyed_on", survey.on().toString());
        return o;
    }

    /** Went on to graduate school: {@code employer: null}, nothing else. */
    ObjectNode gradSchool(String id, Survey survey) {
        ObjectNode o = start(id, "GRAD_SCHOOL");
        o.putNull("employer");
        o.put("surveyed_on", survey.on().toString());
        return o;
    }

    /** Still looking: no employer field at all. */
    ObjectNode seeking(String id, Survey survey) {
        return other(id, "SEEKING", survey);
    }

    /** Any outcome word, as written, with no employer (for SEEKING, OTHER and bad records). */
    ObjectNode other(String id, String outcome, Survey survey) {
        ObjectNode o = start(id, outcome);
        o.put("surveyed_on", survey.on().toString());
        return o;
    }

    static ObjectNode employer(Employer e) {
        ObjectNode o = JsonLines.object();
        o.put("brn", e.brn());
        o.put("name", e.name());
        o.put("region", e.region());
        return o;
    }

    private static ObjectNode start(String id, String outcome) {
        ObjectNode o = JsonLines.object();
        o.put("applicant_id", id);
        o.put("outcome", outcome);
        return o;
    }
}
