package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.REALM;
import static io.pcrfd.diameter.peer.TestNodes.await;
import static io.pcrfd.diameter.peer.TestNodes.client;
import static io.pcrfd.diameter.peer.TestNodes.open;
import static io.pcrfd.diameter.peer.TestNodes.peer;
import static io.pcrfd.diameter.peer.TestNodes.port;
import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static io.pcrfd.diameter.peer.TestNodes.server;
import static io.pcrfd.diameter.peer.TestNodes.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.fsm.PeerState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Requests the node starts itself (a PCRF's RAR) addressed by Destination-Host to a peer that
 * dialled us: we are the responder, the peer is known only from its CER, and the route must
 * follow its connection as it closes and comes back (RFC 6733 §6.1, §5.6).
 */
@Timeout(30)
class RequestsToADialingPeerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PCRF = "pcrf.test.example";
    private static final String PCEF = "pcef.test.example";

    private final List<DiameterNode> nodes = new CopyOnWriteArrayList<>();
    private int sessions;

    private DiameterNode track(DiameterNode n) {
        nodes.add(n);
        return n;
    }

    @AfterEach
    void stop() {
        nodes.forEach(DiameterNode::close);
    }

    /** A gateway dispatcher answering every Gx RAR with 2001; counts the calls. */
    private static Dispatcher gateway(AtomicInteger rars) {
        return new Dispatcher().register(ApplicationIds.GX, CommandCodes.RE_AUTH, (ctx, rar) -> {
            rars.incrementAndGet();
            return CompletableFuture.completedFuture(ctx.answer(rar).resultCode(ResultCodes.DIAMETER_SUCCESS).build());
        });
    }

    private DiameterMessage rar(DiameterNode pcrf) {
        return pcrf.request(ApplicationIds.GX, "RAR")
                .add("Session-Id", PCEF + ";1;" + (++sessions))
                .add("Auth-Application-Id", ApplicationIds.GX)
                .originHost(PCRF).originRealm(REALM)
                .add("Destination-Realm", REALM)
                .add("Destination-Host", PCEF)
                .add("Re-Auth-Request-Type", 0)
                .build();
    }

    private DiameterMessage sendRar(DiameterNode pcrf) throws Exception {
        return pcrf.send(rar(pcrf)).get(5, TimeUnit.SECONDS);
    }

    private static Connection serversConnectionTo(DiameterNode pcrf) {
        return pcrf.context().peers().get(PCEF).active();
    }

    private static void awaitResponderOpen(DiameterNode pcrf, Connection not) {
        await("the gateway's connection open on our side", WAIT, () -> open(pcrf, PCEF)
                && serversConnectionTo(pcrf) != null && serversConnectionTo(pcrf) != not);
        assertThat(pcrf.peer(PCEF).orElseThrow().state()).isEqualTo(PeerState.R_OPEN);
    }

    @Test
    void aRarFollowsTheGatewaysConnectionWhenItDropsAndIsRedialled() throws Exception {
        DiameterNode pcrf = track(start(server(PCRF), new Dispatcher()));
        AtomicInteger rars = new AtomicInteger();
        DiameterNode pcef = track(start(client(PCEF, peer(PCRF, port(pcrf))), gateway(rars)));
        awaitResponderOpen(pcrf, null);
        Connection first = serversConnectionTo(pcrf);
        java.net.SocketAddress firstRemote = first.channel().remoteAddress();
        DiameterMessage raa = sendRar(pcrf);
        assertThat(resultCode(raa)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(raa.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo(PCEF);
        assertThat(rars).hasValue(1);

        // The gateway's transport drops without DPR (a reset link); its Tc timer redials.
        pcef.context().peers().get(PCRF).active().channel().close().syncUninterruptibly();
        await("our side sees the old connection close", WAIT, () -> !first.channel().isActive());
        awaitResponderOpen(pcrf, first);
        Connection second = serversConnectionTo(pcrf);

        DiameterMessage again = sendRar(pcrf);
        assertThat(resultCode(again)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(rars).hasValue(2);
        // The old channel is closed, so the RAA can only have come back on the new one.
        assertThat(second.channel().isActive()).isTrue();
        assertThat(second.channel().remoteAddress()).isNotEqualTo(firstRemote);
        assertThat(serversConnectionTo(pcrf)).isSameAs(second);
    }

    @Test
    void aRarReachesTheGatewayAfterItRestartsWithTheSameOriginHost() throws Exception {
        DiameterNode pcrf = track(start(server(PCRF), new Dispatcher()));
        List<NodeEvent> events = new CopyOnWriteArrayList<>();
        pcrf.subscribe(events::add);
        AtomicInteger before = new AtomicInteger();
        DiameterNode oldPcef = start(client(PCEF, peer(PCRF, port(pcrf))), gateway(before));
        awaitResponderOpen(pcrf, null);
        Connection first = serversConnectionTo(pcrf);
        assertThat(resultCode(sendRar(pcrf))).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(before).hasValue(1);

        oldPcef.close();
        await("our side closed the peer after its DPR", WAIT,
                () -> pcrf.peer(PCEF).orElseThrow().state() == PeerState.CLOSED);
        // While the gateway is away a RAR to it fails at once rather than waiting for a timeout.
        CompletableFuture<DiameterMessage> meanwhile = pcrf.send(rar(pcrf));
        assertThat(meanwhile).isCompletedExceptionally();

        AtomicInteger after = new AtomicInteger();
        track(start(client(PCEF, peer(PCRF, port(pcrf))), gateway(after)));
        awaitResponderOpen(pcrf, first);
        assertThat(resultCode(sendRar(pcrf))).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        // Answered by the new gateway process, over its connection; the old one saw nothing more.
        assertThat(after).hasValue(1);
        assertThat(before).hasValue(1);
        assertThat(events).filteredOn(e -> e instanceof NodeEvent.PeerUp).hasSize(2)
                .allSatisfy(e -> assertThat(((NodeEvent.PeerUp) e).initiator()).isFalse());
    }
}
