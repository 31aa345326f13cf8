package kr.aiacademy.etl.pipeline.feed;

/**
 * A record broke a rule of its feed. The rule is a stable code (e.g. {@code unknown_region}); the detail is
 * a readable message that never holds personal data in clear.
 */
public final class RuleViolation extends Exception {

    private final String rule;

    public RuleViolation(String rule, String detail) {
        super(detail, null, false, false);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    public String detail() {
        return getMessage();
    }
}
