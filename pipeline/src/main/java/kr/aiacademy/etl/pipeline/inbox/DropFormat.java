package kr.aiacademy.etl.pipeline.inbox;

import java.util.Locale;

/** The container/compression format of a drop, known from its file extension. */
public enum DropFormat {
    PLAIN("plain", ".csv", ".jsonl", ".json"),
    GZIP("gzip", ".gz"),
    BZIP2("bzip2", ".bz2"),
    XZ("xz", ".xz"),
    ZIP("zip", ".zip"),
    TAR("tar", ".tar"),
    TAR_GZIP("tar.gz", ".tar.gz", ".tgz"),
    TAR_BZIP2("tar.bz2", ".tar.bz2", ".tbz2"),
    TAR_XZ("tar.xz", ".tar.xz", ".txz"),
    SEVEN_Z("7z", ".7z");

    /** Checked in this order, so that the longer ".tar.gz" wins over ".gz". */
    private static final DropFormat[] BY_PRIORITY =
            {TAR_GZIP, TAR_BZIP2, TAR_XZ, GZIP, BZIP2, XZ, ZIP, TAR, SEVEN_Z, PLAIN};

    private final String label;
    private final String[] suffixes;

    DropFormat(String label, String... suffixes) {
        this.label = label;
        this.suffixes = suffixes;
    }

    /** The format of a file, by its extension (case-insensitive). */
    public static DropFormat of(String fileName) throws DropRejectedException {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (DropFormat format : BY_PRIORITY) {
            if (format.suffixOf(lower) != null) {
                return format;
            }
        }
        throw new DropRejectedException("unsupported file type '" + fileName + "': expected .csv, .jsonl, .json,"
                + " .gz, .bz2, .xz, .zip, .tar, .tar.gz, .tgz, .tar.bz2, .tar.xz or .7z");
    }

    /**
     * Whether a drop of this format is one data file, plain or compressed (landed as it is and decompressed by the
     * ingest), not an archive of entries (unpacked when it lands).
     */
    boolean isSingleFile() {
        return switch (this) {
            case PLAIN, GZIP, BZIP2, XZ -> true;
            case ZIP, TAR, TAR_GZIP, TAR_BZIP2, TAR_XZ, SEVEN_Z -> false;
        };
    }

    /** A short name for messages, e.g. "gzip" or "tar.gz". */
    String label() {
        return label;
    }

    /**
     * The file name without this format's compression suffix, e.g. "a.csv" for "a.csv.gz"; a plain file's name as it
     * is (its extension is no compression suffix).
     */
    String innerName(String fileName) {
        String suffix = this == PLAIN ? null : suffixOf(fileName.toLowerCase(Locale.ROOT));
        return suffix == null ? fileName : fileName.substring(0, fileName.length() - suffix.length());
    }

    private String suffixOf(String lowerName) {
        for (String suffix : suffixes) {
            if (lowerName.endsWith(suffix)) {
                return suffix;
            }
        }
        return null;
    }
}
