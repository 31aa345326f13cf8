package kr.aiacademy.etl.pipeline.lake;

/** A valid, normalized row on its way to the lake, with its lineage. */
public record LakeRow<T>(T value, Lineage lineage, String sourceFile, long recordNo) {
}
