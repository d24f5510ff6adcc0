package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.fsm.PeerState;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two nodes that dial each other at the same moment (RFC 6733 §5.6.4): the election keeps one
 * connection, the one the higher Origin-Host accepted, and both sides agree on it.
 */
@Timeout(60)
class ElectionTest {
    @Test
    void simultaneousDialsEndWithOneConnectionBothSidesAgreeOn() throws Exception {
        int portA = freePort();
        int portB = freePort();
        // "zeta" > "alpha": zeta wins and keeps the connection alpha initiated (zeta is R-Open).
        try (DiameterNode zeta = node("zeta.test.example", portA, "alpha.test.example", portB);
             DiameterNode alpha = node("alpha.test.example", portB, "zeta.test.example", portA)) {
            await("both open", Duration.ofSeconds(20), () -> TestNodes.open(zeta, "alpha.test.example")
                    && TestNodes.open(alpha, "zeta.test.example"));
            PeerState z = zeta.peer("alpha.test.example").orElseThrow().state();
            PeerState a = alpha.peer("zeta.test.example").orElseThrow().state();
            // Whatever the timing, the two ends see the same connection from opposite sides.
            assertThat(List.of(z, a)).containsExactlyInAnyOrder(PeerState.I_OPEN, PeerState.R_OPEN);
            var cca = alpha.send(TestNodes.ccr(alpha, "zeta.test.example", "alpha;1;1")).get(5, TimeUnit.SECONDS);
            assertThat(TestNodes.resultCode(cca)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        }
    }

    private static DiameterNode node(String host, int listenPort, String peerHost, int peerPort) {
        NodeOptions o = NodeOptions.of(TestNodes.identity(host),
                List.of(ListenAddress.tcp(TestNodes.LOOPBACK, listenPort)),
                List.of(TestNodes.peer(peerHost, peerPort)));
        return TestNodes.start(o, TestNodes.gxServer(new AtomicInteger()));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, TestNodes.LOOPBACK)) {
            return s.getLocalPort();
        }
    }
}
