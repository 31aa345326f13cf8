package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.aiacademy.etl.pipeline.datadir.DataDir;

/**
 * The landing folders of drops as the ingest reads them: a drop's data files, and what becomes of a drop whose
 * file turns out corrupt while it is read ({@link LandedFile}). Only a drop kept compressed can be rejected then — an
 * archive's entries and a plain file were read whole when they landed — so its landed file is the delivered one.
 */
public final class LandedDrops {

    private final DataDir dataDir;
    private final UnpackLimits limits;
    private final Quarantine quarantine;

    public LandedDrops(DataDir dataDir, UnpackLimits limits) {
        this.dataDir = dataDir;
        this.limits = limits;
        this.quarantine = new Quarantine(dataDir);
    }

    /** The data files of a landed drop, in the order of their paths; fails naming the drop if its copy is gone. */
    public List<LandedFile> files(LedgerEntry drop) {
        Path landing = dataDir.landing(drop.feed(), drop.sha256());
        if (!Files.isDirectory(landing)) {
            throw new IllegalStateException("the landed copy of drop " + drop.dropName() + " is missing: " + landing);
        }
        return LandedFile.in(landing, limits);
    }

    /**
     * Copies a drop rejected while it was read into quarantine with its reason (its landed file is the delivered
     * one). Its landing folder stays until {@link #remove} (after the ledger says REJECTED): a run that ends before
     * that reads the drop again.
     */
    public void quarantine(LedgerEntry drop, String reason) throws IOException {
        quarantine(drop, drop.dropName(), reason);
    }

    /** The same for a file delivered under another name with the drop's bytes (a DUPLICATE of it). */
    public void quarantine(LedgerEntry drop, String name, String reason) throws IOException {
        Path delivered = dataDir.landing(drop.feed(), drop.sha256()).resolve(drop.dropName());
        quarantine.put(drop.feed(), name, Files.isRegularFile(delivered) ? delivered : null, false, reason);
    }

    /** Removes a rejected drop's landing folder. */
    public void remove(LedgerEntry drop) throws IOException {
        Landing.delete(dataDir.landing(drop.feed(), drop.sha256()));
    }
}
