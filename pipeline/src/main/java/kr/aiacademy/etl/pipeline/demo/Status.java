package kr.aiacademy.etl.pipeline.demo;

import java.util.Locale;
import java.util.Random;

/** Application states with the Korean labels the source system also exports. */
enum Status {
    APPLIED("지원"), ADMITTED("합격"), ENROLLED("입교"), COMPLETED("수료"), DROPPED("중도탈락");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Mostly the constant name, sometimes the Korean label (12 %), sometimes lower case (8 %). */
    String written(Random random) {
        int r = random.nextInt(100);
        if (r < 12) {
            return label;
        }
        return r < 20 ? name().toLowerCase(Locale.ROOT) : name();
    }

    /** The state a written value stands for, or {@code null} when it is none. */
    static Status parse(String written) {
        for (Status s : values()) {
            if (s.name().equalsIgnoreCase(written) || s.label.equals(written)) {
                return s;
            }
        }
        return null;
    }

    boolean admitted() {
        return this != APPLIED;
    }
}
