package kr.aiacademy.etl.pipeline.privacy;

/** Sex as encoded in the 7th digit of a resident registration number (odd M, even F). */
public enum Sex {
    M,
    F
}
