package kr.aiacademy.etl.pipeline.employment;

/** How the job was found (stored by name in the lake). */
enum HiringChannel {
    HIRING_FAIR, NETWORK, OPEN_RECRUITMENT, OTHER
}
