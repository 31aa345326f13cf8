package kr.aiacademy.etl.warehouse.serve;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.FlightServer;
import org.apache.arrow.flight.Location;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/** The running Arrow Flight SQL endpoint over the published warehouse. */
public final class SqlEndpoint implements AutoCloseable {

    private final BufferAllocator allocator;
    private final PublishedWarehouse warehouse;
    private final WarehouseProducer producer;
    private final FlightServer server;

    private SqlEndpoint(BufferAllocator allocator, PublishedWarehouse warehouse, WarehouseProducer producer,
            FlightServer server) {
        this.allocator = allocator;
        this.warehouse = warehouse;
        this.producer = producer;
        this.server = server;
    }

    /** Starts listening; queries open the published file when they run, so it need not exist yet. */
    public static SqlEndpoint start(EndpointSettings settings) throws IOException {
        BufferAllocator allocator = new RootAllocator();
        PublishedWarehouse warehouse = new PublishedWarehouse(settings.warehouse());
        WarehouseProducer producer = new WarehouseProducer(warehouse, allocator);
        Location location = Location.forGrpcInsecure(settings.bind(), settings.port());
        FlightServer server = FlightServer.builder(allocator, location, producer)
                .headerAuthenticator(Authentication.of(settings.users()))
                .build();
        try {
            server.start();
        } catch (IOException e) {
            producer.close();
            warehouse.close();
            allocator.close();
            throw new IOException("cannot listen on " + settings.bind() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        }
        return new SqlEndpoint(allocator, warehouse, producer, server);
    }

    /** The port listened on. */
    public int port() {
        return server.getPort();
    }

    /** Waits until the endpoint is closed. */
    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    /** Stops accepting calls, lets running queries finish (at most {@code graceSeconds}), then closes. */
    public void stop(long graceSeconds) throws InterruptedException {
        server.shutdown();
        if (!server.awaitTermination(graceSeconds, TimeUnit.SECONDS)) {
            server.close();
        }
        warehouse.close();
        producer.close();
        allocator.close();
    }

    @Override
    public void close() throws InterruptedException {
        stop(10);
    }
}
