package kr.aiacademy.etl.pipeline.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.aiacademy.etl.pipeline.feed.Header;

/**
 * The budget feed's column names. The Korean headers of the contract are the canonical names; the English
 * aliases are renamed to them as the header is read, so rules, checks and masking use one set of names.
 */
final class BudgetColumns {

    static final String FISCAL_YEAR = "회계연도";
    static final String PROGRAM_CODE = "사업코드";
    static final String PROGRAM_NAME = "사업명";
    static final String FUNDING_SOURCE = "재원";
    static final String BUDGET_LINE = "세목";
    static final String ALLOCATED = "예산액";
    static final String EXECUTED = "집행액";
    static final String AS_OF = "기준일";

    static final Set<String> REQUIRED = Set.of(FISCAL_YEAR, PROGRAM_CODE, FUNDING_SOURCE, BUDGET_LINE, ALLOCATED,
            AS_OF);

    static final Set<String> KNOWN = Set.of(FISCAL_YEAR, PROGRAM_CODE, PROGRAM_NAME, FUNDING_SOURCE, BUDGET_LINE,
            ALLOCATED, EXECUTED, AS_OF);

    /** English alias (lower case) to Korean name. */
    static final Map<String, String> ALIASES = Map.of(
            "fiscal_year", FISCAL_YEAR,
            "program_code", PROGRAM_CODE,
            "program_name", PROGRAM_NAME,
            "funding_source", FUNDING_SOURCE,
            "budget_line", BUDGET_LINE,
            "allocated_krw", ALLOCATED,
            "executed_krw", EXECUTED,
            "as_of", AS_OF);

    private BudgetColumns() {
    }

    /**
     * The header with each English alias (any case, surrounding spaces ignored) replaced by its Korean name;
     * other names, unknown ones included, are kept as they are. A file naming a column in both languages
     * thus names it twice, which the drop check rejects.
     */
    static Header canonical(Header header) {
        List<String> names = new ArrayList<>(header.size());
        boolean renamed = false;
        for (String name : header.names()) {
            String korean = ALIASES.get(Header.normalize(name));
            renamed |= korean != null;
            names.add(korean != null ? korean : name);
        }
        return renamed ? new Header(names) : header;
    }
}
