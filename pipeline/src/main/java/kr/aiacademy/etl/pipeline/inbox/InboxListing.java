package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lists the drops of one feed folder, in the order they must be applied. Nothing is followed: an entry is
 * looked at as it is ({@code lstat}), and only regular files are drops.
 */
final class InboxListing {

    private InboxListing() {
    }

    /**
     * What a feed folder holds: its drops and the entries passed over.
     *
     * @param drops      regular files, in the order they must be applied
     * @param passedOver links, folders, pipes, devices and sockets, never followed or opened
     */
    record Listing(List<Path> drops, List<PassedOver> passedOver) {
    }

    /**
     * Regular files of the feed folder, in the order they must be applied (date, sequence, name); files whose
     * name does not parse come last, by name. Hidden files and files still being written ({@code .part},
     * {@code .tmp}, {@code .partial}) are not drops yet and are passed over silently; any other entry that is
     * not a regular file is passed over and reported. A feed folder that is itself a link is not read.
     */
    static Listing of(String feed, Path folder) throws IOException {
        FileState state = FileState.ofOrNull(folder);
        if (state == null) {
            return new Listing(List.of(), List.of());
        }
        if (state.kind() != FileState.Kind.FOLDER) {
            return new Listing(List.of(), List.of(new PassedOver(feed, "", "the feed folder is "
                    + state.kind().description() + ", not a folder: not read")));
        }
        List<Path> drops = new ArrayList<>();
        List<PassedOver> passedOver = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (!isCandidate(name)) {
                    continue;
                }
                FileState entryState = FileState.ofOrNull(entry);
                if (entryState == null) {
                    continue; // gone since it was listed
                }
                if (entryState.kind() == FileState.Kind.REGULAR) {
                    drops.add(entry);
                } else {
                    passedOver.add(new PassedOver(feed, name, entryState.kind().description()
                            + ", not a regular file: " + entryState.kind().treatment()));
                }
            }
        }
        drops.sort(InboxListing::compare);
        return new Listing(List.copyOf(drops), List.copyOf(passedOver));
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
