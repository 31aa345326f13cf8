package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Unpacks the archives read front to back: tar, optionally compressed. */
final class StreamUnpacking {

    private StreamUnpacking() {
    }

    /** TAR, TAR_GZIP, TAR_BZIP2, TAR_XZ: entries in stream order; skipped entries are read and counted. */
    static void tar(Drop drop, EntryFilter filter, TargetWriter writer, ExpansionBudget budget)
            throws DropRejectedException, IOException {
        try (InputStream raw = Decoders.open(drop);
             InputStream decoded = drop.decode(() -> Decoders.decompress(drop.format(), raw));
             TarArchiveInputStream tar = new TarArchiveInputStream(decoded)) {
            for (TarArchiveEntry entry = drop.decode(() -> tar.getNextEntry()); entry != null;
                 entry = drop.decode(() -> tar.getNextEntry())) {
                ArchiveItem item = item(entry);
                List<String> target = filter.admit(item);
                budget.checkDeclared(entry.getSize());
                if (target != null) {
                    writer.write(item.name(), target, tar);
                } else {
                    writer.drain(tar);
                }
            }
        }
    }

    private static ArchiveItem item(TarArchiveEntry entry) {
        boolean link = entry.isSymbolicLink() || entry.isLink();
        boolean special = entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO();
        return new ArchiveItem(entry.getName(), entry.isDirectory(), link,
                !entry.isDirectory() && !link && !special, entry.getSize());
    }
}
