package kr.aiacademy.etl.jobs.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

/** The first line of a failure: of a stored exit message, of a step's failure, of a command's failure. */
class FirstLineTest {

    @Test
    void aStackTraceIsCutAtItsFirstLineAndLosesTheExceptionClass() {
        String stored = "java.lang.IllegalStateException: quality gate: 2 invariant(s) broken\r\n"
                + "\tat kr.aiacademy.etl.jobs.nightly.QualityGateTasklet.execute(QualityGateTasklet.java:40)\n"
                + "\tat org.springframework.batch.core.step.tasklet.TaskletStep.doInTransaction(TaskletStep.java:1)";

        assertThat(FirstLine.ofStoredExitMessage(stored)).isEqualTo("quality gate: 2 invariant(s) broken");
    }

    @Test
    void nestedAndInnerExceptionClassesAreStrippedToo() {
        assertThat(FirstLine.ofStoredExitMessage("java.lang.RuntimeException: java.sql.SQLException: 광주 failed"))
                .isEqualTo("광주 failed");
        assertThat(FirstLine.ofStoredExitMessage("kr.aiacademy.etl.Outer$InnerException: bad drop"))
                .isEqualTo("bad drop");
    }

    @Test
    void aMessageThatMerelyContainsAColonIsLeftAsItIs() {
        assertThat(FirstLine.ofStoredExitMessage("Invalid Input Error: No magic bytes found at end of file 'a.parquet'"))
                .isEqualTo("Invalid Input Error: No magic bytes found at end of file 'a.parquet'");
        assertThat(FirstLine.ofStoredExitMessage("warehouse.duckdb: file is locked"))
                .isEqualTo("warehouse.duckdb: file is locked");
    }

    @Test
    void anExceptionWithoutMessageKeepsItsClassAndNothingIsNull() {
        assertThat(FirstLine.ofStoredExitMessage("java.lang.NullPointerException\n\tat x.y.Z.f(Z.java:1)"))
                .isEqualTo("java.lang.NullPointerException");
        assertThat(FirstLine.ofStoredExitMessage("")).isNull();
        assertThat(FirstLine.ofStoredExitMessage(null)).isNull();
    }

    @Test
    void aStepFailureIsReadPastTheFrameworkWrapperButNotPastAMessageOfItsOwn() {
        IOException cause = new IOException("drop.zip: not a zip\n  at entry 3", new IllegalStateException("deep"));

        assertThat(FirstLine.pastFrameworkWrappers(new BeanCreationException("Unable to process chunk", cause)))
                .isEqualTo("drop.zip: not a zip");
        assertThat(FirstLine.pastFrameworkWrappers(new RuntimeException((String) null, new NullPointerException())))
                .isEqualTo("NullPointerException");
    }

    @Test
    void aCommandFailureShowsItsRootCauseOrElseTheOutermostMessage() {
        RuntimeException failure = new RuntimeException("cannot create bean", new IOException(" disk full \nmore"));

        assertThat(FirstLine.ofMostSpecificCause(failure)).isEqualTo("disk full");
        assertThat(FirstLine.ofMostSpecificCause(new RuntimeException("outer", new NullPointerException())))
                .isEqualTo("outer");
    }
}
