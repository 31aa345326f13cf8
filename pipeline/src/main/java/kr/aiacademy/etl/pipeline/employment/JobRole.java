package kr.aiacademy.etl.pipeline.employment;

/** The kind of job taken (stored by name in the lake). */
enum JobRole {
    DEVELOPER, ENGINEER, DATA_SCIENTIST, PLANNING, MANAGEMENT, PROJECT_MANAGER, OTHER
}
