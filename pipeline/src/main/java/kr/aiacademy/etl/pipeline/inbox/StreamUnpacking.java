package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Unpacks the formats read front to back: plain and single compressed files, and tar (optionally compressed). */
final class StreamUnpacking {

    private StreamUnpacking() {
    }

    /** PLAIN, GZIP, BZIP2, XZ: one file, written under its name without the compression suffix. */
    static void single(Drop drop, Predicate<String> isDataFileName, TargetWriter writer)
            throws DropRejectedException, IOException {
        DropFormat format = drop.format();
        String inner = format == DropFormat.PLAIN ? drop.name() : format.innerName(drop.name());
        List<String> segments = List.of(inner);
        if (!EntryPaths.isDataFile(segments, isDataFileName)) {
            throw new DropRejectedException(format == DropFormat.PLAIN
                    ? "drop '" + drop.name() + "' is not a data file of this feed"
                    : "'" + inner + "' inside " + drop.name() + " is not a data file of this feed");
        }
        try (InputStream raw = Decoders.open(drop);
             InputStream in = drop.decode(() -> Decoders.decompress(format, raw))) {
            writer.write(inner, segments, in);
        }
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
