package kr.aiacademy.etl.warehouse.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/** Prepared statements a client never closes expire when idle and are bounded per session. */
class PreparedHandlesTest {

    private final AtomicLong now = new AtomicLong();
    private final PreparedHandles handles = new PreparedHandles(Duration.ofMinutes(30), 3, now::get);

    @Test
    void aHandleUnusedForLongerThanTheIdleTimeOutExpiresWithAClearError() {
        ByteString kept = handles.add("analyst#1", query("select 1"));
        ByteString used = handles.add("analyst#1", query("select 2"));
        now.addAndGet(Duration.ofMinutes(20).toNanos());
        assertThat(handles.get(used).sql()).isEqualTo("select 2");
        now.addAndGet(Duration.ofMinutes(20).toNanos()); // 40 min after kept was last used, 20 after used

        assertThat(handles.get(used).sql()).isEqualTo("select 2");
        assertThatThrownBy(() -> handles.get(kept)).isInstanceOf(FlightRuntimeException.class)
                .hasMessageContaining("the prepared statement was closed by the endpoint (unused for more than "
                        + "30 min): prepare it again");
    }

    @Test
    void idleHandlesOfSessionsThatWentAwayAreDroppedWhenAnotherIsPrepared() {
        for (int i = 0; i < 3; i++) {
            handles.add("analyst#" + i, query("select " + i));
        }
        now.addAndGet(Duration.ofMinutes(31).toNanos());

        handles.add("analyst#9", query("select 9"));

        assertThat(handles.size()).isEqualTo(1);
    }

    @Test
    void aSessionHoldsAtMostTheLimitAndPreparingOneMoreClosesItsLeastRecentlyUsed() {
        ByteString first = handles.add("analyst#1", query("select 1"));
        now.incrementAndGet();
        ByteString second = handles.add("analyst#1", query("select 2"));
        now.incrementAndGet();
        ByteString third = handles.add("analyst#1", query("select 3"));
        ByteString otherSession = handles.add("analyst#2", query("select 4"));
        now.incrementAndGet();
        handles.get(first); // now second is the least recently used
        now.incrementAndGet();

        ByteString fourth = handles.add("analyst#1", query("select 5"));

        assertThat(List.of(first, third, fourth, otherSession)).allSatisfy(h -> assertThat(handles.get(h)).isNotNull());
        assertThatThrownBy(() -> handles.get(second)).hasMessageContaining("more than 3 prepared statements were "
                + "open in its session and it was the least recently used): prepare it again");
        assertThat(handles.size()).isEqualTo(4);
    }

    @Test
    void aClosedOrUnknownHandleIsNotFoundAndBindingKeepsTheHandle() {
        ByteString handle = handles.add("analyst#1", query("select ?"));
        handles.bind(handle, List.of(7));
        assertThat(handles.get(handle).values()).containsExactly(7);

        handles.close(handle);

        assertThatThrownBy(() -> handles.get(handle)).hasMessageContaining("unknown prepared statement (closed, or "
                + "its session ended): prepare it again");
    }

    private static PreparedQuery query(String sql) {
        return new PreparedQuery(sql, new Schema(List.of()), new Schema(List.of()), List.of());
    }
}
