package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /**
     * A file wholly in UTF-8: a byte that is not rejects its drop (a feed exported in CP949/EUC-KR by mistake is
     * refused as a whole, not row by row) — before any row is read where {@link #inspectColumns} checked it, else as
     * the records are read.
     */
    @Override
    public RecordSource open(ByteSource file, String sourceFile) throws IOException {
        return new CsvRecordSource(file, sourceFile, StandardCharsets.UTF_8, notInCharset());
    }

    /** The header row, once the encoding of a file kept plain is checked (a compressed one's is, as it is read). */
    @Override
    public Header inspectColumns(ByteSource file, String sourceFile) throws IOException {
        if (!file.compressed()) {
            checkEncoding(file);
        }
        try (RecordSource source = open(file, sourceFile)) {
            return source.header();
        }
    }

    /** Refuses a file that is not valid UTF-8 as a whole (the check before any row is read). */
    protected void checkEncoding(ByteSource file) throws IOException {
        if (!Charsets.isUtf8(file)) {
            throw new IOException(notInCharset());
        }
    }

    private String notInCharset() {
        return "the file is not valid UTF-8 (the " + name + " feed is UTF-8; was it exported in CP949/EUC-KR?)";
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
