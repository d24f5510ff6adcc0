package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionPlanTest {
    private static BenchOptions options(int connections, LoadModel load, long sessions) {
        return new BenchOptions("h", 1, connections, load, Duration.ZERO, Duration.ofSeconds(1), sessions, "o", "r",
                "d", "a", Duration.ofSeconds(2), 1, 0, 0);
    }

    @Test
    void aClosedLoopSplitsRequestsInFlightAndSessionsWithoutLosingAny() {
        BenchOptions o = options(3, new LoadModel.ClosedLoop(10), 100);
        long inFlight = 0;
        long quota = 0;
        for (int i = 0; i < 3; i++) {
            ConnectionPlan p = ConnectionPlan.of(o, i);
            assertThat(p.closedLoop()).isTrue();
            inFlight += p.inFlight();
            quota += p.quota();
        }
        assertThat(inFlight).isEqualTo(10);
        assertThat(quota).isEqualTo(100);
        assertThat(ConnectionPlan.of(o, 0).inFlight()).isEqualTo(4);
    }

    @Test
    void anOpenLoopSchedulesEachConnectionsShareOfTheRate() {
        // 1000 sessions/s over 4 connections: one session every 4 ms per connection
        ConnectionPlan p = ConnectionPlan.of(options(4, new LoadModel.OpenLoop(1000), 0), 1);
        assertThat(p.closedLoop()).isFalse();
        assertThat(p.quota()).isEqualTo(Long.MAX_VALUE);
        assertThat(p.sessionsDueBy(-1)).isZero();
        assertThat(p.sessionsDueBy(0)).isEqualTo(1);
        assertThat(p.sessionsDueBy(Duration.ofMillis(9).toNanos())).isEqualTo(3);
        assertThat(p.scheduledOffset(25)).isEqualTo(Duration.ofMillis(100).toNanos());
        // 250 sessions/s within a 2 s timeout: at least 500 outstanding must fit
        assertThat(p.tableCapacity()).isGreaterThanOrEqualTo(1024);
    }
}
