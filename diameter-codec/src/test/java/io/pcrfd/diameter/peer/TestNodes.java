package io.pcrfd.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** Shared set-up of the socket tests: identities, options, a Gx CCR, waiting with a deadline. */
final class TestNodes {
    static final Dictionary DICT = Dictionary.standard();
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final String REALM = "test.example";
    static final Duration TC = Duration.ofMillis(100);
    /** Below the RFC floor on purpose: see {@link Timing#forTests()}. */
    static final Duration TW = Duration.ofMillis(300);

    private TestNodes() {
    }

    static LocalIdentity identity(String host) {
        return LocalIdentity.of(host, REALM, LOOPBACK, List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
    }

    static NodeOptions server(String host) {
        return NodeOptions.of(identity(host), List.of(ListenAddress.tcp(LOOPBACK, 0)), List.of());
    }

    static NodeOptions client(String host, PeerConfig... peers) {
        return NodeOptions.of(identity(host), List.of(), List.of(peers));
    }

    static PeerConfig peer(String host, int port) {
        return PeerConfig.connect(host, REALM, LOOPBACK.getHostAddress(), port).withTimers(TC, TW);
    }

    static DiameterNode start(NodeOptions o, Dispatcher d) {
        return DiameterNode.forTests(DICT, o, d, Timing.forTests()).start();
    }

    static int port(DiameterNode n) {
        return n.localAddresses().get(0).getPort();
    }

    /** A Gx server dispatcher answering every CCR with 2001; counts the calls. */
    static Dispatcher gxServer(AtomicInteger calls) {
        return new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) -> {
            calls.incrementAndGet();
            return CompletableFuture.completedFuture(cca(ctx, ccr));
        });
    }

    static DiameterMessage cca(RequestContext ctx, DiameterMessage ccr) {
        return ctx.answer(ccr).add("Auth-Application-Id", ApplicationIds.GX)
                .resultCode(ResultCodes.DIAMETER_SUCCESS)
                .add(ccr.avp("CC-Request-Type").orElseThrow())
                .add(ccr.avp("CC-Request-Number").orElseThrow()).build();
    }

    /** A CCR-I from {@code from} to the realm, optionally to one host. */
    static DiameterMessage ccr(DiameterNode from, String destinationHost, String session) {
        var b = from.request(ApplicationIds.GX, "CCR")
                .add("Session-Id", session)
                .add("Auth-Application-Id", ApplicationIds.GX)
                .originHost(from.identity().originHost()).originRealm(REALM)
                .add("Destination-Realm", REALM)
                .add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0);
        if (destinationHost != null) {
            b.add("Destination-Host", destinationHost);
        }
        return b.build();
    }

    static long resultCode(DiameterMessage answer) {
        return answer.avp("Result-Code").map(Avp::asUnsigned32).orElse(-1L);
    }

    /** Polls {@code condition} until it holds or the deadline passes; fails with {@code what}. */
    static void await(String what, Duration max, BooleanSupplier condition) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + max + ": " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    static boolean open(DiameterNode n, String host) {
        return n.peer(host).map(s -> s.state().isOpen() && s.health() != io.pcrfd.diameter.peer.routing.Route.Health.UNAVAILABLE)
                .orElse(false);
    }
}
