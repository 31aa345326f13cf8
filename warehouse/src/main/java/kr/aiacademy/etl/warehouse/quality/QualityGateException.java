package kr.aiacademy.etl.warehouse.quality;

import java.util.List;

/** The built warehouse broke invariants; it is not published. */
public final class QualityGateException extends RuntimeException {

    public QualityGateException(List<String> failures) {
        super("quality gate failed, nothing published: " + String.join("; ", failures));
    }
}
