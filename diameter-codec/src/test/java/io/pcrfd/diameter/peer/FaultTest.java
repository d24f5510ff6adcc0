package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.DICT;
import static io.pcrfd.diameter.peer.TestNodes.REALM;
import static io.pcrfd.diameter.peer.TestNodes.await;
import static io.pcrfd.diameter.peer.TestNodes.ccr;
import static io.pcrfd.diameter.peer.TestNodes.client;
import static io.pcrfd.diameter.peer.TestNodes.open;
import static io.pcrfd.diameter.peer.TestNodes.peer;
import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static io.pcrfd.diameter.peer.TestNodes.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.diameter.testing.TestPeer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Peers that stop answering, half-open connections, stray answers; all bounded in time. */
@Timeout(30)
class FaultTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void trafficFailsOverWhenThePreferredPeerStopsAnswering() throws Exception {
        try (TestPeer a = TestPeer.server(DICT, "pcrf-a.test.example", REALM, ApplicationIds.GX);
             TestPeer b = TestPeer.server(DICT, "pcrf-b.test.example", REALM, ApplicationIds.GX);
             DiameterNode cli = start(client("pcef.test.example",
                     peer(a.originHost(), a.port()).withPriority(1), peer(b.originHost(), b.port()).withPriority(2)),
                     new Dispatcher())) {
            a.onRequest(r -> TestNodes.cca(ctxOf(a), r));
            b.onRequest(r -> TestNodes.cca(ctxOf(b), r));
            await("both open", WAIT, () -> open(cli, a.originHost()) && open(cli, b.originHost()));
            assertThat(originOf(cli.send(ccr(cli, null, "s;1")).get(5, TimeUnit.SECONDS))).isEqualTo(a.originHost());

            a.mute(true);
            long t0 = System.nanoTime();
            await("A suspect", WAIT, () -> cli.peer(a.originHost()).orElseThrow().health() == Route.Health.UNAVAILABLE);
            // DWR after one Tw of silence, SUSPECT one Tw later (RFC 3539): about 2 Tw, far below 3 s.
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
            DiameterMessage cca = cli.send(ccr(cli, null, "s;2")).get(5, TimeUnit.SECONDS);
            assertThat(originOf(cca)).isEqualTo(b.originHost());
            assertThat(resultCode(cca)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        }
    }

    @Test
    void aHalfOpenConnectionIsDetectedAndClosedByTheWatchdog() {
        try (TestPeer srv = TestPeer.server(DICT, "pcrf.test.example", REALM, ApplicationIds.GX);
             DiameterNode cli = start(client("pcef.test.example", peer(srv.originHost(), srv.port())), new Dispatcher())) {
            await("open", WAIT, () -> open(cli, srv.originHost()));
            srv.mute(true);
            long t0 = System.nanoTime();
            // OKAY -(Tw)-> DWR -(Tw)-> SUSPECT -(Tw)-> DOWN: the connection is closed by us.
            await("closed by the watchdog", WAIT, () -> !srv.connected());
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            assertThat(srv.received()).anySatisfy(m -> assertThat(m.commandCode()).isEqualTo(280));
        }
    }

    @Test
    void anAnswerWithAnUnknownHopByHopIsDiscardedAndCounted() throws Exception {
        try (TestPeer srv = TestPeer.server(DICT, "pcrf.test.example", REALM, ApplicationIds.GX);
             DiameterNode cli = start(client("pcef.test.example", peer(srv.originHost(), srv.port())), new Dispatcher())) {
            srv.onRequest(r -> TestNodes.cca(ctxOf(srv), r));
            await("open", WAIT, () -> open(cli, srv.originHost()));
            DiameterMessage stray = TestNodes.cca(ctxOf(srv), ccr(cli, null, "s;9")).withHopByHop(HopByHopId.of(0x7777));
            srv.send(stray);
            await("counted", WAIT, () -> cli.counters().unknownAnswers() == 1);
            // The connection keeps its place: the next request is answered.
            assertThat(resultCode(cli.send(ccr(cli, null, "s;10")).get(5, TimeUnit.SECONDS)))
                    .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        }
    }

    private static RequestContext ctxOf(TestPeer p) {
        LocalIdentity id = TestNodes.identity(p.originHost());
        return new RequestContext("x", REALM, DICT, id);
    }

    private static String originOf(DiameterMessage m) {
        return m.avp("Origin-Host").orElseThrow().asUtf8String();
    }

    @Test
    void aPeerThatSaidDoNotWantToTalkToYouIsNotRedialledAtOnce() throws Exception {
        try (TestPeer srv = TestPeer.server(DICT, "pcrf.test.example", REALM, ApplicationIds.GX);
             DiameterNode cli = start(client("pcef.test.example", peer(srv.originHost(), srv.port())), new Dispatcher())) {
            await("open", WAIT, () -> open(cli, srv.originHost()));
            srv.send(io.pcrfd.diameter.message.MessageBuilder.request(DICT, 0, "DPR").hopByHop(HopByHopId.of(5))
                    .endToEnd(io.pcrfd.diameter.message.EndToEndId.of(5)).originHost(srv.originHost())
                    .originRealm(REALM).add("Disconnect-Cause", "DO_NOT_WANT_TO_TALK_TO_YOU").build());
            DiameterMessage dpa = srv.awaitReceived(m -> m.commandCode() == 282 && !m.isRequest(), WAIT);
            assertThat(resultCode(dpa)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            srv.disconnect();
            long t0 = System.nanoTime();
            // Tc is 100 ms here: the normal back-off would redial within ~100 ms; ten Tc apply.
            await("redialled eventually", WAIT, () -> open(cli, srv.originHost()));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(TestNodes.TC.multipliedBy(9));
        }
    }

    @Test
    void aRestartedPeerReplacesItsHalfOpenConnection() {
        try (DiameterNode srv = start(TestNodes.server("pcrf.test.example"), new Dispatcher());
             TestPeer before = TestPeer.client(DICT, "pcef.test.example", REALM, TestNodes.port(srv), ApplicationIds.GX)) {
            List<NodeEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
            srv.subscribe(events::add);
            await("open", WAIT, () -> open(srv, "pcef.test.example"));
            // The same host comes back on a new connection with a new Origin-State-Id while the
            // old connection still looks open: the new one is accepted, the old one closed.
            try (TestPeer after = TestPeer.client(DICT, "pcef.test.example", REALM, TestNodes.port(srv),
                    ApplicationIds.GX)) {
                DiameterMessage cea = after.awaitReceived(m -> m.commandCode() == 257, WAIT);
                assertThat(resultCode(cea)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
                await("old connection closed", WAIT, () -> !before.connected());
                assertThat(after.connected()).isTrue();
                assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(NodeEvent.OriginStateIdChanged.class));
            }
        }
    }
}
