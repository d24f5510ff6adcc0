package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionPlanTest {
    private static BenchOptions options(int connections, LoadModel load, long sessions) {
        return options(connections, load, sessions, Duration.ZERO);
    }

    private static BenchOptions options(int connections, LoadModel load, long sessions, Duration warmup) {
        return new BenchOptions("h", 1, connections, load, warmup, Duration.ofSeconds(1), sessions, "o", "r",
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

    @Test
    void anOpenLoopRampsUpOverTheWarmUpThenKeepsTheFullRate() {
        // 100 sessions/s on one connection, 2 s ramp: 100 sessions due by the end of the ramp
        ConnectionPlan p = ConnectionPlan.of(options(1, new LoadModel.OpenLoop(100), 0, Duration.ofSeconds(2)), 0);
        assertThat(p.sessionsDueBy(0)).isEqualTo(1);
        assertThat(p.sessionsDueBy(Duration.ofSeconds(1).toNanos())).as("a quarter of the ramp's sessions").isEqualTo(26);
        assertThat(p.sessionsDueBy(Duration.ofSeconds(2).toNanos())).isEqualTo(101);
        assertThat(p.sessionsDueBy(Duration.ofSeconds(3).toNanos())).as("full rate after the ramp").isEqualTo(201);
        for (long k = 0; k < 400; k++) {
            long at = p.scheduledOffset(k);
            assertThat(p.sessionsDueBy(at)).as("session %d is due at its own time", k).isGreaterThan(k);
            assertThat(p.sessionsDueBy(at - 2)).as("and not before").isLessThanOrEqualTo(k);
        }
        assertThat(ConnectionPlan.of(options(1, new LoadModel.OpenLoop(100), 10, Duration.ofSeconds(2)), 0)
                .rampNanos()).as("count-bounded runs have no warm-up, so no ramp").isZero();
    }
}
