package kr.aiacademy.etl.pipeline.inbox;

/** What happened to one drop file while landing: its new ledger status and a readable note. */
public record LandingEvent(String feed, String dropName, DropStatus status, String detail) {
}
