package kr.aiacademy.etl.jobs.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first line of an exit message that Spring Batch stored as a stack trace. */
class HistoryExitMessagesTest {

    @Test
    void aStackTraceIsCutAtItsFirstLineAndLosesTheExceptionClass() {
        String stored = "java.lang.IllegalStateException: quality gate: 2 invariant(s) broken\r\n"
                + "\tat kr.aiacademy.etl.jobs.nightly.QualityGateTasklet.execute(QualityGateTasklet.java:40)\n"
                + "\tat org.springframework.batch.core.step.tasklet.TaskletStep.doInTransaction(TaskletStep.java:1)";

        assertThat(ExitMessages.firstLine(stored)).isEqualTo("quality gate: 2 invariant(s) broken");
    }

    @Test
    void nestedAndInnerExceptionClassesAreStrippedToo() {
        assertThat(ExitMessages.firstLine("java.lang.RuntimeException: java.sql.SQLException: 광주 failed"))
                .isEqualTo("광주 failed");
        assertThat(ExitMessages.firstLine("kr.aiacademy.etl.Outer$InnerException: bad drop"))
                .isEqualTo("bad drop");
    }

    @Test
    void aMessageThatMerelyContainsAColonIsLeftAsItIs() {
        assertThat(ExitMessages.firstLine("Invalid Input Error: No magic bytes found at end of file 'a.parquet'"))
                .isEqualTo("Invalid Input Error: No magic bytes found at end of file 'a.parquet'");
        assertThat(ExitMessages.firstLine("warehouse.duckdb: file is locked"))
                .isEqualTo("warehouse.duckdb: file is locked");
    }

    @Test
    void anExceptionWithoutMessageKeepsItsClassAndNothingIsNull() {
        assertThat(ExitMessages.firstLine("java.lang.NullPointerException\n\tat x.y.Z.f(Z.java:1)"))
                .isEqualTo("java.lang.NullPointerException");
        assertThat(ExitMessages.firstLine("")).isNull();
        assertThat(ExitMessages.firstLine(null)).isNull();
    }
}
