package kr.aiacademy.etl.pipeline.inbox;

/**
 * An inbox entry the run did not land, and why: not a regular file, or still being written. Nothing is recorded
 * in the ledger for it; the run report lists it, and a file still being written is looked at again next run.
 *
 * @param feed   the feed folder it is in
 * @param name   its name in the folder (empty for the feed folder itself)
 * @param reason why it was passed over
 */
public record PassedOver(String feed, String name, String reason) {

    /** One line for the run report, e.g. {@code enrollment/link.csv: a symbolic link, not a regular file: ...}. */
    public String describe() {
        return feed + "/" + name + ": " + reason;
    }
}
