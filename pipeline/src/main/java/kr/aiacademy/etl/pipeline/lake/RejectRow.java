package kr.aiacademy.etl.pipeline.lake;

/** A rejected row: the rule it broke, a readable detail and the row with its personal data masked. */
public record RejectRow(Lineage lineage, String sourceFile, long recordNo, String rule, String detail,
        String maskedRecord) {
}
