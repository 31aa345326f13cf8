package kr.aiacademy.etl.pipeline.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a budget-feed CSV file row by row: the Korean header row, RFC 4180 quoting (amounts with thousands
 * separators are quoted), the given charset (no BOM) and line end.
 */
final class BudgetCsv implements Closeable {

    static final List<String> HEADER = List.of("회계연도", "사업코드", "사업명", "재원", "세목", "예산액", "집행액",
            "기준일");
    /** Windows code page 949, the usual encoding of Korean office exports. */
    static final Charset CP949 = Charset.forName("x-windows-949");

    private final CSVPrinter printer;

    BudgetCsv(Path file, Charset charset, String recordSeparator) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                charset.newEncoder()));
        this.printer = CSVFormat.RFC4180.builder().setRecordSeparator(recordSeparator)
                .setHeader(HEADER.toArray(String[]::new)).get().print(out);
    }

    /** One row; {@code executed} may be empty. */
    void row(int fiscalYear, String code, String name, String source, String item, String allocated,
            String executed, String asOf) throws IOException {
        printer.printRecord(Integer.toString(fiscalYear), code, name, source, item, allocated, executed, asOf);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
