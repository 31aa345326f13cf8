package kr.aiacademy.etl.pipeline.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Rules for archive entry names: which are unsafe, which are data files, where they go. */
final class EntryPaths {

    private static final Pattern SEPARATORS = Pattern.compile("[/\\\\]");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

    private EntryPaths() {
    }

    /** Absolute ("/x", "\x", "C:..."), climbing ("a/../x") or containing a NUL character. */
    static boolean isUnsafe(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()
                || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : SEPARATORS.split(name, -1)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The path segments of a (safe) name, without empty and "." segments. */
    static List<String> segments(String name) {
        List<String> segments = new ArrayList<>();
        for (String segment : SEPARATORS.split(name, -1)) {
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /**
     * A data file: the base name passes the feed's test and is not hidden, and no segment is
     * {@code __MACOSX}.
     */
    static boolean isDataFile(List<String> segments, Predicate<String> isDataFileName) {
        if (segments.isEmpty() || segments.contains("__MACOSX")) {
            return false;
        }
        String base = segments.get(segments.size() - 1);
        return !base.startsWith(".") && isDataFileName.test(base);
    }

    static String unsafeReason(String name, String dropName) {
        return "unsafe entry path '" + name + "' in " + dropName + ": absolute or climbing out of the archive";
    }

    static String linkReason(String name, String dropName) {
        return "link entry '" + name + "' in " + dropName + ": symbolic and hard links are not allowed";
    }
}
