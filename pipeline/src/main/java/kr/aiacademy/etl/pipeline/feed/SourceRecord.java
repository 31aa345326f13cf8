package kr.aiacademy.etl.pipeline.feed;

/**
 * One record as read from a source file, before any rule: raw text values by column.
 *
 * @param sourceFile file name inside the drop
 * @param recordNo   line (CSV, JSON Lines) or element (JSON array) number in the file
 * @param malformed  why the record could not be read as a record at all, or null
 */
public record SourceRecord(String sourceFile, long recordNo, Header header, String[] values, String malformed) {

    public static SourceRecord malformed(String sourceFile, long recordNo, String why) {
        return new SourceRecord(sourceFile, recordNo, new Header(java.util.List.of()), new String[0], why);
    }

    /** The stripped value of a column (lower-case name), or null when absent or blank. */
    public String get(String column) {
        int i = header.indexOf(column);
        if (i < 0 || i >= values.length || values[i] == null) {
            return null;
        }
        String value = values[i].strip();
        return value.isEmpty() ? null : value;
    }
}
