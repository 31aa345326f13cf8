package kr.aiacademy.etl.pipeline.budget;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.feed.ByteSource;
import kr.aiacademy.etl.pipeline.feed.Charsets;
import kr.aiacademy.etl.pipeline.feed.CsvRecordSource;
import kr.aiacademy.etl.pipeline.feed.CsvFeed;
import kr.aiacademy.etl.pipeline.feed.Lateness;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RecordSource;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeType;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The budget feed of the city finance system: quarterly CSV (RFC 4180, header row) in MS949 (CP949, a superset
 * of EUC-KR); a file found to be UTF-8 (byte order mark, or valid non-ASCII UTF-8) is read as UTF-8.
 *
 * <p>Columns, Korean header and its accepted English alias (any case, any order; others ignored):
 * 회계연도 {@code fiscal_year}, 사업코드 {@code program_code}, 사업명 {@code program_name} (optional),
 * 재원 {@code funding_source}, 세목 {@code budget_line}, 예산액 {@code allocated_krw}, 집행액 {@code executed_krw}
 * (optional), 기준일 {@code as_of}. The Korean names are the canonical ones: aliases are renamed as the file is
 * opened, so {@link #inspectColumns} and every record already carry the Korean names. No column is personal.
 */
public final class BudgetFeed extends CsvFeed<BudgetRecord> {

    public static final String NAME = "budget";

    /** The declared charset of the feed: MS949 (Windows code page 949). */
    static final Charset MS949 = Charset.forName("x-windows-949");

    public BudgetFeed() {
        super(NAME, BudgetColumns.REQUIRED, BudgetColumns.KNOWN, Map.of());
    }

    /** MS949, or UTF-8 where the file is found to be UTF-8; Korean names for the English aliases. */
    @Override
    public RecordSource open(ByteSource file, String sourceFile) throws IOException {
        return new CanonicalRecordSource(new CsvRecordSource(file, sourceFile, Charsets.detect(file, MS949)));
    }

    /** No whole-file check: the encoding is detected as the file is opened. */
    @Override
    protected void checkEncoding(ByteSource file) {
    }

    /** Quarterly: late after 95 days, an error after 120. */
    @Override
    public Lateness lateness() {
        return new Lateness(Duration.ofDays(95), Duration.ofDays(120));
    }

    /** The budget rules hold no personal data: the pseudonymizer is not used. */
    @Override
    public RecordRules<BudgetRecord> rules(Pseudonymizer pseudonymizer, LocalDate loadDay) {
        return new BudgetRules(loadDay);
    }

    @Override
    public List<LakeColumn<BudgetRecord>> lakeColumns() {
        return List.of(
                LakeColumn.of("fiscal_year", LakeType.INT, BudgetRecord::fiscalYear),
                LakeColumn.of("program_code", LakeType.STRING, BudgetRecord::programCode),
                LakeColumn.of("program_name", LakeType.STRING, BudgetRecord::programName),
                LakeColumn.of("funding_source", LakeType.STRING, r -> r.fundingSource().name()),
                LakeColumn.of("budget_line", LakeType.STRING, BudgetRecord::budgetLine),
                LakeColumn.unique("allocated_krw", LakeType.LONG, BudgetRecord::allocatedKrw),
                LakeColumn.unique("executed_krw", LakeType.LONG, BudgetRecord::executedKrw),
                LakeColumn.of("executed_reported", LakeType.BOOLEAN, BudgetRecord::executedReported),
                LakeColumn.of("as_of", LakeType.DATE, BudgetRecord::asOf));
    }
}
