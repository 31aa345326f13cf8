package kr.aiacademy.etl.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTextTest {

    @Test
    void splitsAtSemicolonsAndLeavesOutEmptyStatements() {
        assertThat(SqlText.statements(";; select 1;\n\n select 2 ;;  ; select 3"))
                .containsExactly("select 1", "select 2", "select 3");
    }

    @Test
    void aSemicolonInsideAStringOrQuotedIdentifierDoesNotEndTheStatement() {
        assertThat(SqlText.statements("select ';' as a, \"odd;name\" from t; select 2"))
                .containsExactly("select ';' as a, \"odd;name\" from t", "select 2");
    }

    @Test
    void doubledQuotesStayInsideTheirStringOrIdentifier() {
        assertThat(SqlText.statements("select 'it''s; fine', \"a\"\"b;\" from t; select ''''; select 3"))
                .containsExactly("select 'it''s; fine', \"a\"\"b;\" from t", "select ''''", "select 3");
    }

    @Test
    void anEscapeStringKeepsABackslashQuotedQuote() {
        assertThat(SqlText.statements("select E'it\\'s; fine'; select e'\\\\'; select 'plain\\'; select 4"))
                .containsExactly("select E'it\\'s; fine'", "select e'\\\\'", "select 'plain\\'", "select 4");
    }

    @Test
    void semicolonsInCommentsAreIgnoredAndBlockCommentsNest() {
        assertThat(SqlText.statements("""
                select 1 -- not the end; really
                ; select /* a /* nested ; */ still a comment; */ 2;
                -- a comment alone; is no statement
                /* nor is this; */"""))
                .containsExactly("select 1 -- not the end; really",
                        "select /* a /* nested ; */ still a comment; */ 2");
    }

    @Test
    void dollarQuotedStringsWithAndWithoutATag() {
        assertThat(SqlText.statements("select $$a;b$$; select $fn$ x $$ ; $fn$; select $1 from t; select 4"))
                .containsExactly("select $$a;b$$", "select $fn$ x $$ ; $fn$", "select $1 from t", "select 4");
    }

    @Test
    void aDollarInsideAnIdentifierStartsNoString() {
        assertThat(SqlText.statements("select 1 as a$b$; attach 'x.duckdb'"))
                .containsExactly("select 1 as a$b$", "attach 'x.duckdb'");
    }

    @Test
    void anOpenStringRunsToTheEnd() {
        assertThat(SqlText.statements("select 'open; select 2")).containsExactly("select 'open; select 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"select 1;", "select 1;\n  ", "select 1; -- done", "select 1; /* done */",
            "select ';';", "select 1; select 2;", "select /* a /* b */ ; */ 1;", "select $$;$$;"})
    void endsStatementWhenTheLastTokenIsASemicolon(String text) {
        assertThat(SqlText.endsStatement(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "select 1", "select ';'", "select 1; /* open", "select $$;", "select 1 -- ;",
            "select 1; select 2", "select E'\\';", "select /* a /* b */ ; */", "select 'a''; '"})
    void doesNotEndStatementInsideAStringACommentOrWithoutASemicolon(String text) {
        assertThat(SqlText.endsStatement(text)).isFalse();
    }

    @Test
    void firstKeywordIsTheFirstWordAfterCommentsAndParentheses() {
        assertThat(SqlText.firstKeyword("SELECT 1")).isEqualTo("select");
        assertThat(SqlText.firstKeyword("  -- a comment\n/* another */ (WITH x as (select 1) select * from x)"))
                .isEqualTo("with");
        assertThat(SqlText.firstKeyword("/* outer /* inner */ still */ pragma threads=1")).isEqualTo("pragma");
        assertThat(SqlText.firstKeyword("copy(select 1) to 'x.csv'")).isEqualTo("copy");
        assertThat(SqlText.firstKeyword("set_config('a', 'b')")).isEqualTo("set_config");
    }

    @Test
    void aStatementWithoutALeadingWordHasNoKeyword() {
        assertThat(SqlText.firstKeyword("\"select\" from t")).isEmpty();
        assertThat(SqlText.firstKeyword("-- only a comment")).isEmpty();
        assertThat(SqlText.firstKeyword("/* open")).isEmpty();
        assertThat(SqlText.firstKeyword("")).isEmpty();
    }
}
