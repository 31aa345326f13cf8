package kr.aiacademy.etl.warehouse.serve;

import java.sql.SQLException;
import kr.aiacademy.etl.warehouse.query.RefusedStatementException;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightRuntimeException;

/** What a client is told when its request fails: a status and a message for people, never a stack trace. */
final class Errors {

    private Errors() {
    }

    static FlightRuntimeException invalid(String message) {
        return CallStatus.INVALID_ARGUMENT.withDescription(message).toRuntimeException();
    }

    static FlightRuntimeException notFound(String message) {
        return CallStatus.NOT_FOUND.withDescription(message).toRuntimeException();
    }

    static FlightRuntimeException readOnly() {
        return CallStatus.INVALID_ARGUMENT.withDescription("not allowed: the warehouse is read-only here and only "
                + "queries run").toRuntimeException();
    }

    /** A failed statement: DuckDB's message (or the refusal's) as the description. */
    static FlightRuntimeException of(Exception failure) {
        if (failure instanceof FlightRuntimeException flight) {
            return flight;
        }
        if (failure instanceof RefusedStatementException refused) {
            return CallStatus.INVALID_ARGUMENT.withDescription(refused.getMessage()).toRuntimeException();
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (failure instanceof SQLException && message.contains("INTERRUPT")) {
            return CallStatus.CANCELLED.withDescription("the query was cancelled").toRuntimeException();
        }
        return CallStatus.INVALID_ARGUMENT.withDescription(message.strip()).toRuntimeException();
    }
}
