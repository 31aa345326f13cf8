package kr.aiacademy.etl.warehouse.serve;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.apache.arrow.flight.FlightDescriptor;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.PutResult;
import org.apache.arrow.flight.Result;
import org.apache.arrow.flight.SchemaResult;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionClosePreparedStatementRequest;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionCreatePreparedStatementRequest;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionCreatePreparedStatementResult;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandPreparedStatementQuery;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandPreparedStatementUpdate;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementQuery;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementUpdate;
import org.apache.arrow.flight.sql.impl.FlightSql.DoPutPreparedStatementResult;
import org.apache.arrow.flight.sql.impl.FlightSql.TicketStatementQuery;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;

/**
 * The Flight SQL producer: statements and prepared statements (with parameters) on the published warehouse, each
 * checked by {@link WarehouseReader#check} first; anything that would write is refused.
 */
final class WarehouseProducer extends CatalogProducer {

    private final PublishedWarehouse warehouse;
    private final BufferAllocator allocator;
    private final PreparedHandles prepared;
    private final QueryStream queries;

    WarehouseProducer(PublishedWarehouse warehouse, BufferAllocator allocator, Limits limits) {
        super(warehouse, allocator);
        this.warehouse = warehouse;
        this.allocator = allocator;
        this.queries = new QueryStream(warehouse, allocator, limits);
        this.prepared = new PreparedHandles(limits.idleSession(), limits.maxPrepared(), System::nanoTime);
    }

    @Override
    public void createPreparedStatement(ActionCreatePreparedStatementRequest request, CallContext context,
            StreamListener<Result> listener) {
        try {
            String sql = checked(request.getQuery());
            PreparedQuery query = describe(sql);
            ByteString handle = prepared.add(context.peerIdentity(), query);
            ActionCreatePreparedStatementResult result = ActionCreatePreparedStatementResult.newBuilder()
                    .setPreparedStatementHandle(handle)
                    .setDatasetSchema(ByteString.copyFrom(query.dataset().serializeAsMessage()))
                    .setParameterSchema(ByteString.copyFrom(query.parameters().serializeAsMessage()))
                    .build();
            listener.onNext(new Result(Any.pack(result).toByteArray()));
            listener.onCompleted();
        } catch (Exception e) {
            listener.onError(Errors.of(e));
        }
    }

    @Override
    public void closePreparedStatement(ActionClosePreparedStatementRequest request, CallContext context,
            StreamListener<Result> listener) {
        prepared.close(request.getPreparedStatementHandle());
        listener.onCompleted();
    }

    @Override
    public FlightInfo getFlightInfoPreparedStatement(CommandPreparedStatementQuery command, CallContext context,
            FlightDescriptor descriptor) {
        PreparedQuery query = prepared.get(command.getPreparedStatementHandle());
        return info(query.dataset(), descriptor, Any.pack(command));
    }

    @Override
    public SchemaResult getSchemaPreparedStatement(CommandPreparedStatementQuery command, CallContext context,
            FlightDescriptor descriptor) {
        return new SchemaResult(prepared.get(command.getPreparedStatementHandle()).dataset());
    }

    @Override
    public Runnable acceptPutPreparedStatementQuery(CommandPreparedStatementQuery command, CallContext context,
            FlightStream flightStream, StreamListener<PutResult> ackStream) {
        return () -> {
            try {
                ByteString handle = command.getPreparedStatementHandle();
                prepared.bind(handle, Parameters.read(flightStream));
                byte[] reply = DoPutPreparedStatementResult.newBuilder().setPreparedStatementHandle(handle).build()
                        .toByteArray();
                try (ArrowBuf metadata = allocator.buffer(reply.length)) {
                    metadata.writeBytes(reply);
                    ackStream.onNext(PutResult.metadata(metadata));
                }
                ackStream.onCompleted();
            } catch (Exception e) {
                ackStream.onError(Errors.of(e));
            }
        };
    }

    @Override
    public void getStreamPreparedStatement(CommandPreparedStatementQuery command, CallContext context,
            ServerStreamListener listener) {
        PreparedQuery query;
        try {
            query = prepared.get(command.getPreparedStatementHandle());
        } catch (RuntimeException e) {
            listener.error(e);
            return;
        }
        queries.run(query.sql(), query.values(), listener);
    }

    @Override
    public FlightInfo getFlightInfoStatement(CommandStatementQuery command, CallContext context,
            FlightDescriptor descriptor) {
        String sql = checkedOrThrow(command.getQuery());
        TicketStatementQuery ticket = TicketStatementQuery.newBuilder()
                .setStatementHandle(ByteString.copyFromUtf8(sql)).build();
        return info(describeOrThrow(sql).dataset(), descriptor, Any.pack(ticket));
    }

    @Override
    public SchemaResult getSchemaStatement(CommandStatementQuery command, CallContext context,
            FlightDescriptor descriptor) {
        return new SchemaResult(describeOrThrow(checkedOrThrow(command.getQuery())).dataset());
    }

    @Override
    public void getStreamStatement(TicketStatementQuery ticket, CallContext context, ServerStreamListener listener) {
        String sql;
        try {
            sql = checkedOrThrow(ticket.getStatementHandle().toString(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            listener.error(e);
            return;
        }
        queries.run(sql, List.of(), listener);
    }

    @Override
    public Runnable acceptPutStatement(CommandStatementUpdate command, CallContext context,
            FlightStream flightStream, StreamListener<PutResult> ackStream) {
        return () -> ackStream.onError(Errors.readOnly());
    }

    @Override
    public Runnable acceptPutPreparedStatementUpdate(CommandPreparedStatementUpdate command, CallContext context,
            FlightStream flightStream, StreamListener<PutResult> ackStream) {
        return () -> ackStream.onError(Errors.readOnly());
    }

    @Override
    protected <T extends Message> List<FlightEndpoint> determineEndpoints(T request, FlightDescriptor descriptor,
            Schema schema) {
        return List.of(new FlightEndpoint(new Ticket(Any.pack(request).toByteArray())));
    }

    private static FlightInfo info(Schema schema, FlightDescriptor descriptor, Any ticket) {
        return new FlightInfo(schema, descriptor, List.of(new FlightEndpoint(new Ticket(ticket.toByteArray()))),
                -1, -1);
    }

    /** The one statement of a text, if it is a query; refused otherwise. */
    private static String checked(String sql) throws SQLException {
        List<String> statements = WarehouseReader.check(sql);
        if (statements.size() != 1) {
            throw Errors.invalid(statements.isEmpty() ? "no statement given"
                    : "one statement per request, not " + statements.size());
        }
        return statements.get(0);
    }

    private static String checkedOrThrow(String sql) {
        try {
            return checked(sql);
        } catch (SQLException e) {
            throw Errors.of(e);
        }
    }

    /**
     * The result and parameter schemas of a query, from DuckDB's preparation of it (the query does not run), kept
     * per published file: a query prepared again is not planned again only to be described.
     */
    private PreparedQuery describe(String sql) throws SQLException {
        try (PublishedWarehouse.Lease lease = warehouse.lease()) {
            return lease.described(sql, connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    return new PreparedQuery(sql, ArrowSchemas.ofPrepared(statement.getMetaData()),
                            ArrowSchemas.ofParameters(statement.getParameterMetaData()), List.of());
                }
            });
        }
    }

    private PreparedQuery describeOrThrow(String sql) {
        try {
            return describe(sql);
        } catch (SQLException e) {
            throw Errors.of(e);
        }
    }

    /** Waits until no query runs, at most {@code grace}. */
    boolean awaitIdle(java.time.Duration grace) throws InterruptedException {
        return queries.awaitIdle(grace);
    }

    @Override
    public void close() {
        queries.close();
        prepared.clear();
    }
}
