package kr.aiacademy.etl.pipeline.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * RFC 4180 CSV with a header row, in a given charset; a UTF-8 byte order mark is skipped. Where the file can no
 * longer be split into records (a quote left open, a character after a closing quote, a byte not of the
 * charset, a record longer than 16 MiB — which the parser would hold whole), every line from the start of the record
 * that broke is handed on as a malformed record of its own: nothing after that point is silently lost.
 */
public final class CsvRecordSource implements RecordSource {

    /** Empty lines are skipped here, not by the parser, so that they still count in the line numbers. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .get();

    private final ByteSource file;
    private final String sourceFile;
    private final Charset charset;
    private final String notInCharset;
    private final RecordLengthLimit limit;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Header header;
    private long linesConsumed;
    private boolean finished;
    private RemainingLines brokenRest;
    private long brokenAt;

    /**
     * A source whose bytes not of the charset break the records from there on (each following line a malformed
     * record).
     */
    public CsvRecordSource(ByteSource file, String sourceFile, Charset charset) throws IOException {
        this(file, sourceFile, charset, null);
    }

    /**
     * A source of a feed that takes only files wholly in the charset: a byte not of it rejects the file
     * ({@link RejectedFileException}, {@code notInCharset} saying why, after the file's name), null: as above.
     */
    public CsvRecordSource(ByteSource file, String sourceFile, Charset charset, String notInCharset)
            throws IOException {
        this.file = file;
        this.sourceFile = sourceFile;
        this.charset = charset;
        this.notInCharset = notInCharset;
        InputStream in = BOMInputStream.builder().setInputStream(file.open())
                .setByteOrderMarks(ByteOrderMark.UTF_8).get();
        this.limit = new RecordLengthLimit(new BufferedReader(new StrictDecodingReader(in, charset), 1 << 16));
        this.parser = CSVParser.builder()
                .setReader(limit)
                .setFormat(FORMAT)
                .get();
        this.records = parser.iterator();
        this.header = readHeader();
    }

    private Header readHeader() throws IOException {
        try {
            CSVRecord first = null;
            while (first == null || isEmptyLine(first)) {
                if (!records.hasNext()) {
                    throw new IOException("file " + sourceFile + " is empty: no header row");
                }
                first = records.next();
            }
            linesConsumed = parser.getCurrentLineNumber();
            limit.recordDone();
            List<String> names = new ArrayList<>(first.size());
            first.forEach(names::add);
            return new Header(names);
        } catch (UncheckedIOException e) {
            rejectWhole(e);
            throw new IOException("header row of " + sourceFile + " cannot be read: " + why(e.getCause()), e);
        }
    }

    @Override
    public Header header() {
        return header;
    }

    @Override
    public SourceRecord next() throws IOException {
        if (brokenRest != null) {
            return nextBrokenLine(null);
        }
        if (finished) {
            return null;
        }
        long line = linesConsumed + 1;
        try {
            CSVRecord record = null;
            while (record == null || isEmptyLine(record)) {
                if (!records.hasNext()) {
                    finished = true;
                    return null;
                }
                record = records.next();
                limit.recordDone();
                linesConsumed = parser.getCurrentLineNumber();
                if (isEmptyLine(record)) {
                    line = linesConsumed + 1;
                }
            }
            String[] values = record.values();
            if (values.length != header.size()) {
                return new SourceRecord(sourceFile, line, header, values,
                        "record has " + values.length + " fields, the header has " + header.size());
            }
            return new SourceRecord(sourceFile, line, header, values, null);
        } catch (UncheckedIOException | IllegalStateException e) {
            rejectWhole(e);
            finished = true;
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            brokenAt = line;
            brokenRest = new RemainingLines(file, line);
            return nextBrokenLine("the CSV cannot be split into records from line " + line + " on: " + why(cause)
                    + "; every line from here on is rejected");
        }
    }

    /**
     * Rethrows a failure that rejects the whole file: its bytes could not be decoded (a compressed drop), or they are
     * not of the charset of a feed that takes only files wholly in it.
     */
    private void rejectWhole(RuntimeException failure) throws RejectedFileException {
        RejectedFileException rejected = RejectedFileException.in(failure);
        if (rejected != null) {
            throw rejected;
        }
        if (notInCharset != null) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof CharacterCodingException) {
                    throw new RejectedFileException(sourceFile + " cannot be read: " + notInCharset, failure);
                }
            }
        }
    }

    /** The next line after the point where the file broke, as a malformed record; null at the end. */
    private SourceRecord nextBrokenLine(String reason) throws IOException {
        long lineNo = brokenRest.next();
        if (lineNo < 0) {
            brokenRest.close();
            brokenRest = null;
            return null;
        }
        return SourceRecord.malformed(sourceFile, lineNo, reason != null ? reason
                : "not read as a record: the CSV cannot be split into records after line " + brokenAt);
    }

    private static boolean isEmptyLine(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    /** A readable reason; an undecodable byte says which charset was expected instead of "Input length = 1". */
    private String why(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return "bytes that are not valid " + charset.name() + " (" + t.getMessage() + ")";
            }
        }
        return cause.getMessage();
    }

    @Override
    public void close() throws IOException {
        if (brokenRest != null) {
            brokenRest.close();
        }
        parser.close();
    }
}
