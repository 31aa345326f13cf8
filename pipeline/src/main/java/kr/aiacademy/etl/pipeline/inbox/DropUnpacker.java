package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import kr.aiacademy.etl.pipeline.datadir.DiskSpace;

/**
 * Unpacks an archive drop into a directory, safely: no entry may land outside the directory, links are refused,
 * expansion is limited while it streams, and a rejected drop leaves nothing behind.
 */
public final class DropUnpacker {

    private final UnpackLimits limits;
    private final DiskSpace space;

    public DropUnpacker(UnpackLimits limits) {
        this(limits, DiskSpace.NONE);
    }

    /** An unpacker that leaves {@code space}'s reserve free on the target's file system. */
    public DropUnpacker(UnpackLimits limits, DiskSpace space) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.space = Objects.requireNonNull(space, "space");
    }

    /**
     * Unpacks the archive {@code drop} into {@code targetDir} (created when missing; expected to be empty).
     *
     * @param isDataFileName says whether a base file name (e.g. "applications.csv") is a data file of the feed
     * @throws DropRejectedException for an unsafe, corrupt, oversized or empty drop; nothing is left behind
     * @throws IOException           for real IO errors reading the drop or writing the target directory
     */
    public UnpackResult unpack(Path drop, Path targetDir, Predicate<String> isDataFileName)
            throws DropRejectedException, IOException {
        Objects.requireNonNull(drop, "drop");
        Objects.requireNonNull(targetDir, "targetDir");
        Objects.requireNonNull(isDataFileName, "isDataFileName");
        Drop source = describe(drop);
        ExpansionBudget budget = new ExpansionBudget(limits, source.size());
        TargetWriter writer = new TargetWriter(targetDir, source, budget, space);
        EntryFilter filter = new EntryFilter(source, isDataFileName);
        try {
            Unpacking unpacking = switch (source.format()) {
                case PLAIN, GZIP, BZIP2, XZ -> throw new IllegalArgumentException(source.name() + " is no archive: "
                        + "a drop of one file is landed as it is");
                case TAR, TAR_GZIP, TAR_BZIP2, TAR_XZ -> () -> StreamUnpacking.tar(source, filter, writer, budget);
                case ZIP -> () -> RandomAccessUnpacking.zip(source, filter, writer, budget);
                case SEVEN_Z -> () -> RandomAccessUnpacking.sevenZ(source, filter, writer, budget);
            };
            unpacking.run();
            List<Path> dataFiles = writer.dataFiles();
            if (dataFiles.isEmpty()) {
                throw filter.noDataFile();
            }
            return new UnpackResult(dataFiles, filter.skipped(), budget.written());
        } catch (Throwable failure) {
            writer.rollback(failure);
            throw failure;
        }
    }

    /** How one drop format is unpacked into the target directory. */
    private interface Unpacking {
        void run() throws DropRejectedException, IOException;
    }

    private static Drop describe(Path drop) throws DropRejectedException, IOException {
        Path fileName = drop.getFileName();
        String name = fileName == null ? drop.toString() : fileName.toString();
        DropFormat format = DropFormat.of(name);
        if (Files.exists(drop) && !Files.isRegularFile(drop)) {
            throw new DropRejectedException("drop " + name + " is not a regular file");
        }
        return new Drop(drop, name, format, Files.size(drop));
    }
}
