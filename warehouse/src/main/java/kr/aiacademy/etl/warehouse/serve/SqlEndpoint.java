package kr.aiacademy.etl.warehouse.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final AtomicBoolean stopping;

    private SqlEndpoint(BufferAllocator allocator, PublishedWarehouse warehouse, WarehouseProducer producer,
            FlightServer server, AtomicBoolean stopping) {
        this.stopping = stopping;
        this.allocator = allocator;
        this.warehouse = warehouse;
        this.producer = producer;
        this.server = server;
    }

    /** Starts listening; queries open the published file when they run, so it need not exist yet. */
    public static SqlEndpoint start(EndpointSettings settings) throws IOException {
        BufferAllocator allocator = new RootAllocator();
        PublishedWarehouse warehouse = new PublishedWarehouse(settings.warehouse(), settings.limits().resultCacheBytes());
        WarehouseProducer producer = new WarehouseProducer(warehouse, allocator, settings.limits());
        AtomicBoolean stopping = new AtomicBoolean();
        FlightServer server;
        try {
            server = server(settings, allocator, producer, stopping);
        } catch (IOException | RuntimeException e) {
            producer.close();
            warehouse.close();
            allocator.close();
            throw e;
        }
        try {
            server.start();
        } catch (IOException e) {
            server.shutdown();
            producer.close();
            warehouse.close();
            allocator.close();
            throw new IOException("cannot listen on " + settings.bind() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        }
        return new SqlEndpoint(allocator, warehouse, producer, server, stopping);
    }

    private static FlightServer server(EndpointSettings settings, BufferAllocator allocator,
            WarehouseProducer producer, AtomicBoolean stopping) throws IOException {
        if (settings.tls() == null) {
            if (!InetAddress.getByName(settings.bind()).isLoopbackAddress()) {
                throw new IOException("plaintext is allowed only on a loopback address, not on " + settings.bind());
            }
            return FlightServer.builder(allocator, Location.forGrpcInsecure(settings.bind(), settings.port()),
                    producer).headerAuthenticator(new Sessions(settings.users(), settings.limits(), stopping::get)).build();
        }
        settings.tls().check();
        try (InputStream certificate = Files.newInputStream(settings.tls().certificate());
                InputStream key = Files.newInputStream(settings.tls().key())) {
            return FlightServer.builder(allocator, Location.forGrpcTls(settings.bind(), settings.port()), producer)
                    .headerAuthenticator(new Sessions(settings.users(), settings.limits(), stopping::get))
                    .useTls(certificate, key)
                    .build();
        }
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
        stopping.set(true); // new calls are refused from here on
        producer.awaitIdle(Duration.ofSeconds(graceSeconds));
        server.shutdown();
        if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
            server.close();
        }
        warehouse.close();
        producer.close();
        try {
            allocator.close();
        } catch (IllegalStateException e) {
            // memory still held by a stream that was cut off: the process is ending anyway
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(10);
    }
}
