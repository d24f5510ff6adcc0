package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --cold-start}: before it tries the server, the driver runs its own connections, rate
 * and templates against a stub on 127.0.0.1 that answers every request 2001 (CEA, CCA, DPA),
 * so that its own first connection is not what the server's first answers measure.
 */
@Timeout(30)
class DriverWarmupTest {

    @ParameterizedTest(name = "--updates {0}")
    @ValueSource(ints = {2, 0, 8})
    void theDriversWholePathRunsAgainstTheStubEveryRequestAnswered2001AndNothingOfItReachesTheTarget(int updates)
            throws IOException {
        // the target listens, so a connection to it would be queued and seen below
        try (ServerSocketChannel listening = ServerSocketChannel.open()) {
            listening.bind(new InetSocketAddress("127.0.0.1", 0)).configureBlocking(false);
            int port = ((InetSocketAddress) listening.getLocalAddress()).getPort();
            runAgainstTheStub(port, updates);
            assertThat(listening.accept()).as("no connection reached the target").isNull();
        }
    }

    private static void runAgainstTheStub(int targetPort, int updates) {
        BenchOptions target = new BenchOptions("127.0.0.1", targetPort, 2, new LoadModel.OpenLoop(200), Duration.ZERO,
                Duration.ofSeconds(10), 0, BenchOptions.DEFAULT_ORIGIN_HOST, BenchOptions.DEFAULT_REALM,
                BenchOptions.DEFAULT_DESTINATION_REALM, BenchOptions.DEFAULT_APN, Duration.ofSeconds(5), 1, 0, 0,
                FlushMode.PER_READ, true).withUpdates(updates);

        BenchResult r = DriverWarmup.run(target);

        assertThat(r.options().port()).isNotEqualTo(targetPort);
        assertThat(r.options().coldStart()).as("the stub run is an ordinary one").isFalse();
        assertThat(r.options().connections()).isEqualTo(2);
        assertThat(r.options().duration()).isEqualTo(DriverWarmup.TIME);
        assertThat(r.options().updates()).as("the run's own session mix").isEqualTo(updates);
        assertThat(r.succeeded()).as("CCR-I, %d x CCR-U, CCR-T answered 2001 by the stub", updates).isPositive();
        assertThat(r.sent() % (updates + 2)).as("whole sessions of %d requests", updates + 2).isZero();
        assertThat(r.errors()).isZero();
        assertThat(r.answered()).isEqualTo(r.sent());
        assertThat(r.connectionsLost()).isZero();
    }
}
