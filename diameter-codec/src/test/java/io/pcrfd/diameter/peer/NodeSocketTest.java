package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.await;
import static io.pcrfd.diameter.peer.TestNodes.ccr;
import static io.pcrfd.diameter.peer.TestNodes.client;
import static io.pcrfd.diameter.peer.TestNodes.open;
import static io.pcrfd.diameter.peer.TestNodes.peer;
import static io.pcrfd.diameter.peer.TestNodes.port;
import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static io.pcrfd.diameter.peer.TestNodes.server;
import static io.pcrfd.diameter.peer.TestNodes.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.fsm.PeerState;
import io.pcrfd.diameter.spec.Rfc6733;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Our client and our server over 127.0.0.1: CER/CEA, watchdog, requests, DPR, faults. */
@Timeout(30)
class NodeSocketTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final List<DiameterNode> nodes = new CopyOnWriteArrayList<>();

    private DiameterNode track(DiameterNode n) {
        nodes.add(n);
        return n;
    }

    @AfterEach
    void stop() {
        nodes.forEach(DiameterNode::close);
    }

    @Test
    void capabilitiesWatchdogRequestAndDisconnect() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        DiameterNode srv = track(start(server("pcrf.test.example"), TestNodes.gxServer(calls)));
        List<NodeEvent> srvEvents = new CopyOnWriteArrayList<>();
        srv.subscribe(srvEvents::add);
        DiameterNode cli = track(start(client("pcef.test.example", peer("pcrf.test.example", port(srv))),
                new Dispatcher()));
        await("client open", WAIT, () -> open(cli, "pcrf.test.example"));
        assertThat(cli.peer("pcrf.test.example").orElseThrow().state()).isEqualTo(PeerState.I_OPEN);
        await("server open", WAIT, () -> open(srv, "pcef.test.example"));
        assertThat(srv.peer("pcef.test.example").orElseThrow().state()).isEqualTo(PeerState.R_OPEN);
        assertThat(srvEvents).first().isInstanceOfSatisfying(NodeEvent.PeerUp.class,
                up -> assertThat(up.applications()).containsExactly(ApplicationIds.GX));

        DiameterMessage cca = cli.send(ccr(cli, null, "pcef.test.example;1;1")).get(5, TimeUnit.SECONDS);
        assertThat(resultCode(cca)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(cca.sessionId()).contains("pcef.test.example;1;1");
        assertThat(calls).hasValue(1);

        // Several Tw of silence: DWR/DWA keep both sides OKAY (Tw = 300 ms here).
        long t0 = System.nanoTime();
        await("three Tw", WAIT, () -> System.nanoTime() - t0 > TestNodes.TW.toNanos() * 3);
        assertThat(cli.peer("pcrf.test.example").orElseThrow().watchdog()).hasToString("OKAY");

        cli.shutdown().get(10, TimeUnit.SECONDS);
        await("server sees the DPR", WAIT, () -> srv.peer("pcef.test.example").orElseThrow().state() == PeerState.CLOSED);
        assertThat(srvEvents).anySatisfy(e -> assertThat(e).isInstanceOf(NodeEvent.PeerDown.class));
    }

    @Test
    void aRequestWithoutAnswerTimesOutWithALocalError() {
        Dispatcher silent = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL,
                (ctx, r) -> new CompletableFuture<>());
        DiameterNode srv = track(start(server("pcrf.test.example"), silent));
        DiameterNode cli = track(DiameterNode.forTests(TestNodes.DICT,
                client("pcef.test.example", peer("pcrf.test.example", port(srv)))
                        .withRequestTimeout(Duration.ofMillis(300)), new Dispatcher(), Timing.forTests()).start());
        await("open", WAIT, () -> open(cli, "pcrf.test.example"));
        long t0 = System.nanoTime();
        CompletableFuture<DiameterMessage> f = cli.send(ccr(cli, null, "pcef;1;2"));
        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(LocalRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(LocalRequestException.Reason.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(3));
        assertThat(cli.counters().timeouts()).isEqualTo(1);
    }

    @Test
    void aPeerThatIsDownFailsAtOnce() {
        DiameterNode cli = track(start(client("pcef.test.example", peer("nobody.test.example", 1)), new Dispatcher()));
        CompletableFuture<DiameterMessage> byHost = cli.send(ccr(cli, "nobody.test.example", "s;1"));
        CompletableFuture<DiameterMessage> byRealm = cli.send(ccr(cli, null, "s;2"));
        assertThat(byHost).isCompletedExceptionally();
        assertThat(byRealm).isCompletedExceptionally();
        assertThatThrownBy(byHost::join).cause().isInstanceOfSatisfying(LocalRequestException.class,
                e -> assertThat(e.resultCode()).isEqualTo(ResultCodes.DIAMETER_UNABLE_TO_DELIVER));
    }

    @Test
    void duplicatesGetTheOriginalAnswerAndReachTheHandlerOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        DiameterNode srv = track(start(server("pcrf.test.example"), TestNodes.gxServer(calls)));
        DiameterNode cli = track(start(client("pcef.test.example", peer("pcrf.test.example", port(srv))),
                new Dispatcher()));
        await("open", WAIT, () -> open(cli, "pcrf.test.example"));
        DiameterMessage req = ccr(cli, null, "pcef;1;3");
        DiameterMessage first = cli.send(req).get(5, TimeUnit.SECONDS);
        DiameterMessage again = cli.send(req.withFlags(req.flags().withRetransmitted(true))).get(5, TimeUnit.SECONDS);
        assertThat(calls).hasValue(1);
        assertThat(again.endToEnd()).isEqualTo(first.endToEnd());
        assertThat(again.avps()).isEqualTo(first.avps());
        assertThat(srv.counters().duplicates()).isEqualTo(1);
    }

    @Test
    void aRetransmissionIsADuplicateWhateverTheCaseOfItsOriginHostOnTheSameConnection() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        DiameterNode srv = track(start(server("pcrf.test.example"), TestNodes.gxServer(calls)));
        DiameterNode cli = track(start(client("pcef.test.example", peer("pcrf.test.example", port(srv))),
                new Dispatcher()));
        await("open", WAIT, () -> open(cli, "pcrf.test.example"));
        DiameterMessage req = ccr(cli, null, "pcef;1;4");
        DiameterMessage upper = withOriginHost(cli, req, "PCEF.Test.Example");

        DiameterMessage first = cli.send(req).get(5, TimeUnit.SECONDS);
        DiameterMessage again = cli.send(upper.withFlags(upper.flags().withRetransmitted(true))).get(5, TimeUnit.SECONDS);
        DiameterMessage third = cli.send(req.withFlags(req.flags().withRetransmitted(true))).get(5, TimeUnit.SECONDS);
        assertThat(calls).as("the handler saw the request once").hasValue(1);
        assertThat(srv.counters().duplicates()).isEqualTo(2);
        assertThat(again.avps()).isEqualTo(first.avps());
        assertThat(third.avps()).isEqualTo(first.avps());

        // a new End-to-End id from the same host in upper case is a new request
        DiameterMessage other = withOriginHost(cli, ccr(cli, null, "pcef;1;5"), "PCEF.TEST.EXAMPLE");
        assertThat(resultCode(cli.send(other).get(5, TimeUnit.SECONDS))).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(calls).hasValue(2);
        assertThat(srv.counters().duplicates()).isEqualTo(2);
    }

    /** {@code req} with its Origin-Host written as {@code host} (same Session-Id and End-to-End id). */
    private static DiameterMessage withOriginHost(DiameterNode cli, DiameterMessage req, String host) {
        var b = cli.request(ApplicationIds.GX, "CCR");
        for (var a : req.avps()) {
            if (a.code() == Rfc6733.ORIGIN_HOST.code()) {
                b.originHost(host);
            } else {
                b.add(a);
            }
        }
        return b.build().withEndToEnd(req.endToEnd());
    }

    @Test
    void reconnectsAfterTheServerRestarts() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        DiameterNode srv = start(server("pcrf.test.example"), TestNodes.gxServer(calls));
        int port = port(srv);
        DiameterNode cli = track(start(client("pcef.test.example", peer("pcrf.test.example", port)), new Dispatcher()));
        List<NodeEvent> events = new CopyOnWriteArrayList<>();
        cli.subscribe(events::add);
        await("open", WAIT, () -> open(cli, "pcrf.test.example"));
        srv.close();
        await("client sees the server go", WAIT, () -> !open(cli, "pcrf.test.example"));
        NodeOptions again = new NodeOptions(TestNodes.identity("pcrf.test.example"),
                List.of(ListenAddress.tcp(TestNodes.LOOPBACK, port)), List.of(), false,
                NodeOptions.DEFAULT_MAX_MESSAGE_SIZE, 16, NodeOptions.DEFAULT_REQUEST_TIMEOUT, 16,
                Duration.ofSeconds(5), Duration.ofSeconds(1), null);
        track(start(again, TestNodes.gxServer(calls)));
        await("reconnected", WAIT, () -> events.stream().filter(e -> e instanceof NodeEvent.PeerUp).count() >= 1
                && cli.peer("pcrf.test.example").orElseThrow().state().isOpen());
        // Destination-Host routing accepts a peer in REOPEN: the request flows at once.
        DiameterMessage cca = cli.send(ccr(cli, "pcrf.test.example", "pcef;1;4")).get(5, TimeUnit.SECONDS);
        assertThat(resultCode(cca)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
    }

    @Test
    void aRestartedPeerWithANewOriginStateIdIsAnnounced() throws Exception {
        LocalIdentity first = TestNodes.identity("pcrf.test.example");
        DiameterNode srv = start(new NodeOptions(first, List.of(ListenAddress.tcp(TestNodes.LOOPBACK, 0)), List.of(),
                false, NodeOptions.DEFAULT_MAX_MESSAGE_SIZE, 16, NodeOptions.DEFAULT_REQUEST_TIMEOUT, 16,
                Duration.ofSeconds(5), Duration.ofSeconds(1), null), new Dispatcher());
        int port = port(srv);
        DiameterNode cli = track(start(client("pcef.test.example", peer("pcrf.test.example", port)), new Dispatcher()));
        List<NodeEvent> events = new CopyOnWriteArrayList<>();
        cli.subscribe(events::add);
        await("open", WAIT, () -> open(cli, "pcrf.test.example"));
        srv.close();
        LocalIdentity second = new LocalIdentity(first.originHost(), first.originRealm(), first.hostIpAddresses(),
                first.vendorId(), first.productName(), first.firmwareRevision(), first.originStateId() + 1,
                first.supportedVendorIds(), first.applications());
        track(start(new NodeOptions(second, List.of(ListenAddress.tcp(TestNodes.LOOPBACK, port)), List.of(), false,
                NodeOptions.DEFAULT_MAX_MESSAGE_SIZE, 16, NodeOptions.DEFAULT_REQUEST_TIMEOUT, 16, Duration.ofSeconds(5),
                Duration.ofSeconds(1), null), new Dispatcher()));
        await("Origin-State-Id change seen", WAIT, () -> events.stream().anyMatch(e -> e instanceof NodeEvent.OriginStateIdChanged));
        assertThat(events).filteredOn(e -> e instanceof NodeEvent.OriginStateIdChanged).first()
                .isEqualTo(new NodeEvent.OriginStateIdChanged("pcrf.test.example", first.originStateId(),
                        first.originStateId() + 1));
    }

    @Test
    void shutdownLetsInFlightRequestsFinishThenSendsDpr() throws Exception {
        Dispatcher slow = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, r) ->
                CompletableFuture.supplyAsync(() -> TestNodes.cca(ctx, r),
                        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS)));
        DiameterNode srv = start(server("pcrf.test.example"), slow);
        DiameterNode cli = track(start(client("pcef.test.example", peer("pcrf.test.example", port(srv))),
                new Dispatcher()));
        await("open", WAIT, () -> open(cli, "pcrf.test.example"));
        CompletableFuture<DiameterMessage> inFlight = cli.send(ccr(cli, null, "pcef;1;5"));
        await("server busy", WAIT, () -> srv.peers().stream().anyMatch(p -> p.state().isOpen())
                && srv.context().peers().get("pcef.test.example").active().outstanding() == 1);
        CompletableFuture<Void> down = srv.shutdown();
        assertThat(resultCode(inFlight.get(5, TimeUnit.SECONDS))).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        down.get(10, TimeUnit.SECONDS);
        await("client saw the DPR", WAIT, () -> cli.peer("pcrf.test.example").orElseThrow().state() != PeerState.I_OPEN);
    }

    @Test
    void listensOnIpv4AndIpv6AtOnce() throws Exception {
        java.net.InetAddress v6 = java.net.InetAddress.getByName("::1");
        org.junit.jupiter.api.Assumptions.assumeTrue(ipv6Loopback(v6), "no IPv6 loopback here");
        NodeOptions o = NodeOptions.of(TestNodes.identity("pcrf.test.example"),
                List.of(ListenAddress.tcp(TestNodes.LOOPBACK, 0), ListenAddress.tcp(v6, 0)), List.of());
        AtomicInteger calls = new AtomicInteger();
        DiameterNode srv = track(start(o, TestNodes.gxServer(calls)));
        assertThat(srv.localAddresses()).hasSize(2);
        int v6Port = srv.localAddresses().get(1).getPort();
        PeerConfig viaV6 = PeerConfig.connect("pcrf.test.example", TestNodes.REALM, "::1", v6Port)
                .withTimers(TestNodes.TC, TestNodes.TW);
        DiameterNode cli = track(start(client("pcef.test.example", viaV6), new Dispatcher()));
        await("open over IPv6", WAIT, () -> open(cli, "pcrf.test.example"));
        assertThat(resultCode(cli.send(ccr(cli, null, "pcef;6;1")).get(5, TimeUnit.SECONDS)))
                .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
    }

    private static boolean ipv6Loopback(java.net.InetAddress v6) {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, v6)) {
            return s.getLocalPort() > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void twBelowSixSecondsIsRefused() {
        PeerConfig fast = peer("pcrf.test.example", 3868).withTimers(TestNodes.TC, Duration.ofSeconds(5));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> DiameterNode.create(TestNodes.DICT, client("pcef.test.example", fast), new Dispatcher()))
                .withMessageContaining("RFC 3539");
    }

    @Test
    void aPortInUseFailsStartWithTheBindError() {
        DiameterNode first = track(start(server("pcrf.test.example"), new Dispatcher()));
        NodeOptions same = NodeOptions.of(TestNodes.identity("pcrf2.test.example"),
                List.of(ListenAddress.tcp(TestNodes.LOOPBACK, port(first))), List.of());
        DiameterNode second = DiameterNode.forTests(TestNodes.DICT, same, new Dispatcher(), Timing.forTests());
        assertThatThrownBy(second::start).hasMessageContaining("Address already in use");
    }
}
