package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists the drops of one feed folder, in the order they must be applied. */
final class InboxListing {

    private InboxListing() {
    }

    /**
     * Regular files of the folder, in the order they must be applied (date, sequence, name); files whose name does
     * not parse come last, by name. Hidden files and files still being written ({@code .part}, {@code .tmp}) are
     * not drops yet.
     */
    static List<Path> drops(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> isCandidate(p.getFileName().toString()))
                    .sorted(InboxListing::compare)
                    .toList();
        }
    }

    /** Entries of the inbox that no feed reads: files at its top and folders not named after a feed. */
    static List<String> strays(Path inbox, List<String> feeds) throws IOException {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !feeds.contains(name))
                    .sorted()
                    .toList();
        }
    }

    static DropName parseQuietly(String name) {
        try {
            return DropName.parse(name);
        } catch (DropRejectedException e) {
            return null;
        }
    }

    private static boolean isCandidate(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !lower.endsWith(".part") && !lower.endsWith(".tmp")
                && !lower.endsWith(".partial");
    }

    private static int compare(Path a, Path b) {
        DropName x = parseQuietly(a.getFileName().toString());
        DropName y = parseQuietly(b.getFileName().toString());
        if (x != null && y != null) {
            return DropName.ORDER.compare(x, y);
        }
        if (x == null && y == null) {
            return a.getFileName().toString().compareTo(b.getFileName().toString());
        }
        return x == null ? 1 : -1;
    }
}
