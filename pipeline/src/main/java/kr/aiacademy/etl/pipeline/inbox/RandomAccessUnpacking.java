package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Unpacks the formats with an index: zip (central directory) and 7z. Every entry name is checked before
 * anything is written.
 */
final class RandomAccessUnpacking {

    private static final int UNIX_MODE_PRESENT = 0x8000;
    private static final int WINDOWS_REPARSE_POINT = 0x400;
    private static final int UNIX_TYPE_MASK = 0170000;
    private static final int UNIX_SYMLINK = 0120000;

    private RandomAccessUnpacking() {
    }

    static void zip(Drop drop, EntryFilter filter, TargetWriter writer, ExpansionBudget budget)
            throws DropRejectedException, IOException {
        try (ZipFile zip = drop.decode(() -> ZipFile.builder().setPath(drop.path()).get())) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            for (ZipArchiveEntry entry : entries) {
                filter.checkSafe(item(entry));
            }
            for (ZipArchiveEntry entry : entries) {
                List<String> target = filter.admit(item(entry));
                if (target == null) {
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    throw new DropRejectedException("entry '" + entry.getName() + "' in " + drop.name()
                            + " is encrypted or uses an unsupported compression method");
                }
                budget.checkDeclared(entry.getSize());
                try (InputStream in = drop.decode(() -> zip.getInputStream(entry))) {
                    writer.write(entry.getName(), target, in);
                }
            }
        }
    }

    static void sevenZ(Drop drop, EntryFilter filter, TargetWriter writer, ExpansionBudget budget)
            throws DropRejectedException, IOException {
        try (SevenZFile archive = drop.decode(() -> SevenZFile.builder()
                .setPath(drop.path())
                .setMaxMemoryLimitKiB(Decoders.MAX_DECODER_MEMORY_KIB)
                .setUseDefaultNameForUnnamedEntries(true)
                .get())) {
            for (SevenZArchiveEntry entry : archive.getEntries()) {
                filter.checkSafe(item(entry));
            }
            InputStream current = currentEntryStream(archive);
            for (SevenZArchiveEntry entry = drop.decode(archive::getNextEntry); entry != null;
                 entry = drop.decode(archive::getNextEntry)) {
                ArchiveItem item = item(entry);
                List<String> target = filter.admit(item);
                if (target != null) {
                    budget.checkDeclared(entry.getSize());
                    writer.write(item.name(), target, entry.hasStream() ? current : InputStream.nullInputStream());
                }
            }
        }
    }

    private static ArchiveItem item(ZipArchiveEntry entry) {
        boolean link = entry.isUnixSymlink();
        return new ArchiveItem(entry.getName(), entry.isDirectory(), link, !entry.isDirectory() && !link,
                entry.getSize());
    }

    private static ArchiveItem item(SevenZArchiveEntry entry) {
        int attributes = entry.getHasWindowsAttributes() ? entry.getWindowsAttributes() : 0;
        boolean link = (attributes & WINDOWS_REPARSE_POINT) != 0
                || (attributes & UNIX_MODE_PRESENT) != 0 && ((attributes >>> 16) & UNIX_TYPE_MASK) == UNIX_SYMLINK;
        return new ArchiveItem(entry.getName(), entry.isDirectory(), link,
                !entry.isDirectory() && !link && !entry.isAntiItem(), entry.getSize());
    }

    /** The 7z reader reads the current entry; this presents it as a stream (not to be closed). */
    private static InputStream currentEntryStream(SevenZFile archive) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return archive.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return archive.read(b, off, len);
            }
        };
    }
}
