package kr.aiacademy.etl.warehouse.serve;

import com.google.protobuf.ByteString;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The prepared statements clients hold. A client that never closes its statements does not make them pile up: a
 * handle unused for longer than the idle time-out expires (its session has ended by then too), and a session holds
 * at most so many — preparing one more closes the session's least recently used. Using a handle that went either
 * way gets an error saying so.
 */
final class PreparedHandles {

    /** How many ended handles are remembered, to say why they ended. */
    private static final int REMEMBERED = 4096;

    private final Duration idle;
    private final int perSession;
    private final LongSupplier nanoClock;
    private final Map<ByteString, Handle> open = new ConcurrentHashMap<>();
    private final Map<ByteString, String> ended = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteString, String> eldest) {
            return size() > REMEMBERED;
        }
    });

    PreparedHandles(Duration idle, int perSession, LongSupplier nanoClock) {
        this.idle = idle;
        this.perSession = perSession;
        this.nanoClock = nanoClock;
    }

    /** Keeps a prepared query of a session; returns its new handle. */
    synchronized ByteString add(String session, PreparedQuery query) {
        expireIdle();
        List<Map.Entry<ByteString, Handle>> ofSession = open.entrySet().stream()
                .filter(entry -> entry.getValue().session.equals(session))
                .sorted(Comparator.comparingLong(entry -> entry.getValue().lastUse)).toList();
        for (int i = 0; i <= ofSession.size() - perSession; i++) {
            end(ofSession.get(i).getKey(), "more than " + perSession + " prepared statements were open in its "
                    + "session and it was the least recently used");
        }
        ByteString handle = ByteString.copyFromUtf8(UUID.randomUUID().toString());
        open.put(handle, new Handle(session, query, nanoClock.getAsLong()));
        return handle;
    }

    /** The query of a handle, which counts as a use; an error saying why if it is not open. */
    PreparedQuery get(ByteString handle) {
        Handle known = open.get(handle);
        long now = nanoClock.getAsLong();
        if (known != null && now - known.lastUse > idle.toNanos()) {
            end(handle, idleReason());
            known = null;
        }
        if (known == null) {
            String why = ended.get(handle);
            throw Errors.notFound(why != null ? "the prepared statement was closed by the endpoint (" + why
                    + "): prepare it again"
                    : "unknown prepared statement (closed, or its session ended): prepare it again");
        }
        known.lastUse = now;
        return known.query;
    }

    /** Binds new parameter values to an open handle. */
    void bind(ByteString handle, List<Object> values) {
        PreparedQuery query = get(handle).bind(values);
        open.computeIfPresent(handle, (key, known) -> new Handle(known.session, query, known.lastUse));
    }

    /** The client closed it. */
    void close(ByteString handle) {
        open.remove(handle);
    }

    int size() {
        return open.size();
    }

    void clear() {
        open.clear();
    }

    private void expireIdle() {
        long now = nanoClock.getAsLong();
        open.entrySet().stream().filter(entry -> now - entry.getValue().lastUse > idle.toNanos())
                .map(Map.Entry::getKey).toList().forEach(handle -> end(handle, idleReason()));
    }

    private String idleReason() {
        return "unused for more than " + minutes(idle);
    }

    private static String minutes(Duration duration) {
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }

    private void end(ByteString handle, String why) {
        if (open.remove(handle) != null) {
            ended.put(handle, why);
        }
    }

    private static final class Handle {

        private final String session;
        private final PreparedQuery query;
        private volatile long lastUse;

        Handle(String session, PreparedQuery query, long lastUse) {
            this.session = session;
            this.query = query;
            this.lastUse = lastUse;
        }
    }
}
