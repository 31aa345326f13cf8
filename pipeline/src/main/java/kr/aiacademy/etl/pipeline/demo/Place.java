package kr.aiacademy.etl.pipeline.demo;

import java.util.List;
import java.util.Random;

/**
 * A first-level region (시·도) as the generator writes it: its code, the spellings it uses for it and its
 * weight in the applicant mix.
 */
record Place(int code, String label, List<String> spellings, int weight) {

    static final int GWANGJU = 29;

    /** One of the spellings, picked by {@code random}. */
    String spell(Random random) {
        return spellings.get(random.nextInt(spellings.size()));
    }
}
