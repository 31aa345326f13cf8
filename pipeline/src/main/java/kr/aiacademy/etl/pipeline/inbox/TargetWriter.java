package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.aiacademy.etl.pipeline.datadir.DiskSpace;

/**
 * Writes data files under the target directory through the expansion budget, remembers every file and
 * directory it created, and removes them all again on {@link #rollback}.
 */
final class TargetWriter {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path targetDir;
    private final Drop drop;
    private final ExpansionBudget budget;
    private final DiskSpace space;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private final List<Path> createdDirs = new ArrayList<>();
    private final List<Path> createdFiles = new ArrayList<>();
    private final Set<String> claimedFiles = new HashSet<>();
    private final Set<String> claimedDirs = new HashSet<>();
    private final List<Path> dataFiles = new ArrayList<>();

    TargetWriter(Path targetDir, Drop drop, ExpansionBudget budget, DiskSpace space) {
        this.targetDir = targetDir;
        this.drop = drop;
        this.budget = budget;
        this.space = space;
    }

    /** Copies a data file to targetDir/segments; the input stream is read to its end but not closed. */
    void write(String entryName, List<String> segments, InputStream in) throws DropRejectedException, IOException {
        claim(entryName, segments);
        Path relative = relativePath(entryName, segments);
        Path file = targetDir.resolve(relative);
        if (!file.normalize().startsWith(targetDir.normalize())) {
            throw new DropRejectedException(EntryPaths.unsafeReason(entryName, drop.name()));
        }
        ensureDirectory(file.getParent());
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        createdFiles.add(file);
        try (out) {
            long unchecked = 0;
            space.ensure(file, DiskSpace.CHECK_EVERY);
            for (int n = drop.read(in, buffer); n >= 0; n = drop.read(in, buffer)) {
                budget.write(n);
                if ((unchecked += n) >= DiskSpace.CHECK_EVERY) {
                    space.ensure(file, DiskSpace.CHECK_EVERY);
                    unchecked = 0;
                }
                write(file, out, n);
            }
        }
        dataFiles.add(relative);
    }

    private void write(Path file, OutputStream out, int n) throws IOException {
        try {
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw DiskSpace.writeFailure(file, e);
        }
    }

    /** Reads an entry that is not kept to its end, counting its bytes against the budget. */
    void drain(InputStream in) throws DropRejectedException, IOException {
        for (int n = drop.read(in, buffer); n >= 0; n = drop.read(in, buffer)) {
            budget.discard(n);
        }
    }

    /** The data files written so far, relative to the target directory, sorted by path string. */
    List<Path> dataFiles() {
        List<Path> sorted = new ArrayList<>(dataFiles);
        sorted.sort(Comparator.comparing(Path::toString));
        return sorted;
    }

    /** Deletes what this writer created, newest first; problems are attached to the failure. */
    void rollback(Throwable failure) {
        for (List<Path> created : List.of(createdFiles, createdDirs)) {
            for (int i = created.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(created.get(i));
                } catch (IOException | RuntimeException e) {
                    failure.addSuppressed(e);
                }
            }
        }
        createdFiles.clear();
        createdDirs.clear();
        dataFiles.clear();
    }

    /** Refuses a second entry for the same path, and files and directories of the same name. */
    private void claim(String entryName, List<String> segments) throws DropRejectedException {
        String key = String.join("/", segments);
        boolean conflict = claimedFiles.contains(key) || claimedDirs.contains(key);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.size() - 1 && !conflict; i++) {
            prefix.append(i == 0 ? "" : "/").append(segments.get(i));
            conflict = claimedFiles.contains(prefix.toString());
            claimedDirs.add(prefix.toString());
        }
        if (conflict) {
            throw new DropRejectedException(
                    "duplicate or conflicting entry '" + entryName + "' in " + drop.name());
        }
        claimedFiles.add(key);
    }

    private Path relativePath(String entryName, List<String> segments) throws DropRejectedException {
        try {
            return targetDir.getFileSystem().getPath(segments.get(0),
                    segments.subList(1, segments.size()).toArray(String[]::new));
        } catch (InvalidPathException e) {
            throw new DropRejectedException(
                    "entry name '" + entryName + "' in " + drop.name() + " is not a valid file name here", e);
        }
    }

    private void ensureDirectory(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            try {
                Files.createDirectory(p);
                createdDirs.add(p);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(p)) {
                    throw e;
                }
            }
        }
    }
}
