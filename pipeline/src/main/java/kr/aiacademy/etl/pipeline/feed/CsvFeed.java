package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the CSV feeds share: RFC 4180 files ({@code .csv}) with a header row, UTF-8 unless a feed says otherwise
 * (a file that is not valid UTF-8 rejects its drop). A feed gives its name, columns, required and personal columns,
 * rules and lake columns; one in another encoding overrides {@link #open} and {@link #checkEncoding}.
 */
public abstract class CsvFeed<T> implements FeedSpec<T> {

    private final String name;
    private final Set<String> required;
    private final Set<String> known;
    private final Map<String, UnaryOperator<String>> personal;

    protected CsvFeed(String name, Set<String> required, Set<String> known,
            Map<String, UnaryOperator<String>> personal) {
        this.name = name;
        this.required = Set.copyOf(required);
        this.known = Set.copyOf(known);
        this.personal = Map.copyOf(personal);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isDataFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public RecordSource open(Path file, String sourceFile) throws IOException {
        return new CsvRecordSource(file, sourceFile, StandardCharsets.UTF_8);
    }

    /** The header row, once the file's encoding is checked. */
    @Override
    public Header inspectColumns(Path file, String sourceFile) throws IOException {
        checkEncoding(file);
        try (RecordSource source = open(file, sourceFile)) {
            return source.header();
        }
    }

    /** Refuses a file that is not valid UTF-8 as a whole (the check before any row is read). */
    protected void checkEncoding(Path file) throws IOException {
        if (!Charsets.isUtf8(file)) {
            throw new IOException("the file is not valid UTF-8 (the " + name + " feed is UTF-8; was it exported in "
                    + "CP949/EUC-KR?)");
        }
    }

    @Override
    public Set<String> requiredColumns() {
        return required;
    }

    @Override
    public Set<String> knownColumns() {
        return known;
    }

    @Override
    public Map<String, UnaryOperator<String>> personalColumns() {
        return personal;
    }
}
