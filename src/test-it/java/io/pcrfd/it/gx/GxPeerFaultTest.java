package io.pcrfd.it.gx;

import static io.pcrfd.it.Await.await;
import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.segment;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.LocalRequestException;
import io.pcrfd.diameter.peer.LocalRequestException.Reason;
import io.pcrfd.diameter.peer.PeerStatus;
import io.pcrfd.diameter.peer.fsm.PeerState;
import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.diameter.peer.watchdog.WatchdogState;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.gx.GxPolicyPusher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gateways that fail under the PCRF's RARs, on loopback, each bounded well under 30 s: killed
 * with requests in flight, half-open (connected but neither reading nor answering), and
 * reading slower than the PCRF writes. What the PCRF does in each case is in the README,
 * section "Faults".
 */
@Timeout(60)
class GxPeerFaultTest {
    private static final String NO_SNAPSHOT = "store: {snapshot: {enabled: false}}";
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Below RFC 3539's 6 s floor through the test hook, unjittered: SUSPECT after 2 s of silence. */
    private static final Duration TW = Duration.ofSeconds(1);
    /** Scheduling slack on a loaded 2-core machine. */
    private static final Duration SLACK = Duration.ofMillis(600);
    /** The peer layer's high water mark of queued outbound octets per connection. */
    private static final long HIGH_WATER = 1024 * 1024;

    @Test
    void aGatewayKilledWithRarsInFlightFailsThemAtOnceKeepsItsSessionsAndIsRedialledWithinTc(@TempDir Path dir)
            throws Exception {
        GxPcef pcef = new GxPcef("pgw1.epc.e2e.example", 5);
        List<String> sessions = List.of("pgw1;kill;1", "pgw1;kill;2");
        try (TestPeer gw = TestPeer.server(GxPcef.DICT, pcef.host(), GxPcef.REALM, ApplicationIds.GX);
             PcrfUnderTest pcrf = PcrfUnderTest.start(dir, Instant.now(), "pcrf.e2e.example", NO_SNAPSHOT,
                     "  peers: [{host: " + pcef.host() + ", address: 127.0.0.1, port: " + gw.port()
                             + ", realm: " + GxPcef.REALM + ", connect: true, tc: 2s}]\n", Duration.ZERO)) {
            gw.onRequest(m -> null); // RARs stay unanswered
            await("the PCRF dialled the gateway", WAIT, () -> usable(pcrf, pcef.host()));
            for (int i = 0; i < sessions.size(); i++) {
                DiameterMessage cca = gw.request(pcef.initial(sessions.get(i), GxPcef.BASIC_IMSI, "10.71.0." + (i + 1)))
                        .get(10, TimeUnit.SECONDS);
                assertThat(resultCode(cca)).isEqualTo(2001);
            }
            List<CompletableFuture<DiameterMessage>> inFlight = List.of(rar(pcrf, pcef.host(), sessions.get(0)),
                    rar(pcrf, pcef.host(), sessions.get(1)), rar(pcrf, pcef.host(), sessions.get(0)));
            CompletableFuture<GxPolicyPusher.Outcome> pushed = pcrf.node.gx().pusher()
                    .push(sessions.get(1), GxPolicyPusher.Reason.OPERATOR).toCompletableFuture();
            for (int i = 0; i < 4; i++) {
                gw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(), WAIT);
            }

            gw.abort(); // RST, no DPR: the gateway process died
            long killed = System.nanoTime();
            for (CompletableFuture<DiameterMessage> f : inFlight) {
                LocalRequestException e = localFailure(f, Duration.ofSeconds(2));
                assertThat(e.reason()).isEqualTo(Reason.CONNECTION_LOST);
                assertThat(e.resultCode()).isEqualTo(3002);
                assertThat(e.getMessage()).isEqualTo("connection to " + pcef.host() + " closed");
            }
            assertThat(since(killed)).as("long before the 10 s request timeout").isLessThan(Duration.ofSeconds(2));
            assertThat(pushed.get(5, TimeUnit.SECONDS)).isEqualTo(GxPolicyPusher.Outcome.UNANSWERED);
            for (String id : sessions) {
                assertThat(pcrf.get("/sessions/" + segment(id)).statusCode()).as("kept: " + id).isEqualTo(200);
            }

            gw.onRequest(m -> gw.answer(m, 2001));
            await("redialled", WAIT, () -> gw.connected() && usable(pcrf, pcef.host()));
            // first redial after the 1 s back-off floor, and never later than Tc (2 s)
            assertThat(since(killed)).isBetween(Duration.ofMillis(950), Duration.ofSeconds(2).plus(SLACK));
            assertThat(pcrf.node.gx().pusher().push(sessions.get(0), GxPolicyPusher.Reason.OPERATOR)
                    .toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo(GxPolicyPusher.Outcome.APPLIED);
        }
    }

    @Test
    void aGatewayThatStopsReadingIsSuspectAfterTwoTwThenClosedAndRarsToItFailFast(@TempDir Path dir)
            throws Exception {
        GxPcef pcef = new GxPcef("pgw2.epc.e2e.example", 5);
        String id = "pgw2;halfopen;1";
        try (PcrfUnderTest pcrf = PcrfUnderTest.start(dir, Instant.now(), "pcrf.e2e.example", NO_SNAPSHOT,
                "  peers: [{host: " + pcef.host() + ", realm: " + GxPcef.REALM + "}]\n", TW);
             RawPeer gw = RawPeer.connect(pcrf.diameterPort(), pcef.host(), 5)) {
            assertThat(resultCode(gw.call(pcef.initial(id, GxPcef.BASIC_IMSI, "10.72.0.1")))).isEqualTo(2001);
            long silent = System.nanoTime(); // from here on the gateway neither reads nor answers
            CompletableFuture<DiameterMessage> beforeSuspect = rar(pcrf, pcef.host(), id);

            await("SUSPECT", TW.multipliedBy(2).plus(SLACK), () -> watchdog(pcrf, pcef.host()) == WatchdogState.SUSPECT);
            assertThat(since(silent)).as("DWR after one Tw, SUSPECT one Tw later (RFC 3539 §3.4.1)")
                    .isGreaterThanOrEqualTo(TW.multipliedBy(2).minusMillis(100));
            // One connection per peer (RFC 6733 §2.1): there is none to fail over to, so it fails at once.
            long asked = System.nanoTime();
            LocalRequestException refused = localFailure(rar(pcrf, pcef.host(), id), Duration.ofMillis(500));
            assertThat(refused.reason()).isEqualTo(Reason.UNABLE_TO_DELIVER);
            assertThat(refused.resultCode()).isEqualTo(3002);
            assertThat(since(asked)).isLessThan(Duration.ofMillis(500));

            await("DOWN and closed", TW.plus(SLACK), () -> status(pcrf, pcef.host()).state() == PeerState.CLOSED);
            assertThat(since(silent)).isLessThan(TW.multipliedBy(3).plus(SLACK));
            assertThat(status(pcrf, pcef.host()).watchdog()).isEqualTo(WatchdogState.DOWN);
            LocalRequestException lost = localFailure(beforeSuspect, Duration.ofSeconds(1));
            assertThat(lost.reason()).as("written before SUSPECT, failed with the connection, not after 10 s")
                    .isEqualTo(Reason.CONNECTION_LOST);
            assertThat(gw.closedWithin(Duration.ofSeconds(5))).as("the gateway sees the close").isTrue();
        }
    }

    @Test
    void rarsToAGatewayThatReadsSlowlyAreRefusedAtTheHighWaterMarkInsteadOfQueued(@TempDir Path dir)
            throws Exception {
        GxPcef pcef = new GxPcef("pgw3.epc.e2e.example", 5);
        int sends = 50_000;
        try (PcrfUnderTest pcrf = PcrfUnderTest.start(dir, Instant.now(), "pcrf.e2e.example", NO_SNAPSHOT,
                "  maxInFlightPerPeer: 100000\n  requestTimeout: 3s\n"
                        + "  peers: [{host: " + pcef.host() + ", realm: " + GxPcef.REALM + "}]\n", Duration.ZERO);
             RawPeer gw = RawPeer.connect(pcrf.diameterPort(), pcef.host(), 5, 4096)) {
            await("open", WAIT, () -> usable(pcrf, pcef.host()));
            List<CompletableFuture<DiameterMessage>> futures = new ArrayList<>(sends);
            long maxQueued = 0;
            for (int i = 0; i < sends; i++) {
                futures.add(rar(pcrf, pcef.host(), "pgw3;slow;" + i));
                if (i % 250 == 0) {
                    maxQueued = Math.max(maxQueued, status(pcrf, pcef.host()).outboundBytes());
                }
            }
            // the loop handles sends in order: once this one is refused, every earlier one was handled
            LocalRequestException last = localFailure(rar(pcrf, pcef.host(), "pgw3;slow;last"), WAIT);
            assertThat(last.reason()).isEqualTo(Reason.TOO_BUSY);
            assertThat(last.resultCode()).isEqualTo(3004);
            maxQueued = Math.max(maxQueued, status(pcrf, pcef.host()).outboundBytes());
            long refused = futures.stream().filter(f -> f.isCompletedExceptionally() && reasonOf(f) == Reason.TOO_BUSY)
                    .count();
            // the kernel's socket buffers take what the gateway has not read yet (several MiB on
            // loopback); past them and the high water mark, sends are refused
            assertThat(refused).as("refused locally instead of queued").isGreaterThan(sends / 10);
            assertThat(maxQueued).as("queued octets stay at the high water mark").isGreaterThan(HIGH_WATER / 2)
                    .isLessThanOrEqualTo(HIGH_WATER + 64 * 1024);

            long read = gw.drain(Duration.ofMillis(500)); // the gateway catches up
            assertThat(read).isGreaterThan(HIGH_WATER / 2);
            await("drained", WAIT, () -> status(pcrf, pcef.host()).outboundBytes() == 0);
            LocalRequestException afterwards = localFailure(rar(pcrf, pcef.host(), "pgw3;slow;again"), WAIT);
            assertThat(afterwards.reason()).as("written again; unanswered, so it times out")
                    .isEqualTo(Reason.TIMEOUT);
        }
    }

    private static CompletableFuture<DiameterMessage> rar(PcrfUnderTest pcrf, String gateway, String sessionId) {
        DiameterNode node = pcrf.node.diameter();
        return node.send(node.request(ApplicationIds.GX, "RAR").add("Session-Id", sessionId)
                .add("Auth-Application-Id", ApplicationIds.GX)
                .originHost(node.identity().originHost()).originRealm(node.identity().originRealm())
                .add("Destination-Realm", GxPcef.REALM).add("Destination-Host", gateway)
                .add("Re-Auth-Request-Type", "AUTHORIZE_ONLY").build());
    }

    /** The local failure {@code f} ends with, within {@code max}. */
    private static LocalRequestException localFailure(CompletableFuture<?> f, Duration max) throws Exception {
        try {
            Object answer = f.get(max.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("answered, not failed: " + answer);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(LocalRequestException.class);
            return (LocalRequestException) e.getCause();
        }
    }

    private static Reason reasonOf(CompletableFuture<?> f) {
        try {
            f.join();
            return null;
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause() instanceof LocalRequestException l ? l.reason() : null;
        }
    }

    private static PeerStatus status(PcrfUnderTest pcrf, String host) {
        return pcrf.node.diameter().peer(host).orElseThrow();
    }

    private static WatchdogState watchdog(PcrfUnderTest pcrf, String host) {
        return status(pcrf, host).watchdog();
    }

    private static boolean usable(PcrfUnderTest pcrf, String host) {
        // OKAY, or REOPEN after a reconnect (RFC 3539 §3.4.1): Destination-Host routing uses both
        return pcrf.node.diameter().peer(host).map(s -> s.state().isOpen() && s.health() != Route.Health.UNAVAILABLE)
                .orElse(false);
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
