package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.establishment.EstablishmentModule;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.Store;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A V-PCRF (TS 29.215 §A.6.1.1.1) whose local Gx session ends while its new S9 session is being
 * linked to the local Gx sessions of the user: the S9 session is up (CCA-I 2001) and the store
 * has read the user's Gx sessions, but their list reaches the S9 side only after the Gx CCR-T
 * has been answered (a store answer in flight, held here by a gate). The S9 session must still
 * end with CCR-T to the H-PCRF (§4.5.3), not stay open serving a Gx session that is gone. The
 * H-PCRF is a TestPeer on S9 that sends the TER and answers the CCRs; the PCEF a TestPeer on Gx.
 */
@Timeout(30)
class VPcrfLinkRaceTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String H = "hpcrf.home.example";
    private static final String GX = "pgw1.epc.example;1;1";
    private static final Dictionary DICT = EstablishmentModule.dictionary(NodeConfig.defaults());

    private final GatedLookup gate = new GatedLookup();
    private TestPeer home;
    private PcrfNode visited;
    private TestPeer pcef;

    @BeforeEach
    void start() {
        home = TestPeer.server(DICT, H, "home.example", ApplicationIds.S9).onRequest(this::answerCcr);
        NodeConfig config = ConfigLoader.load(vPcrfYaml(home.port()), null, Map.of());
        NodeEnvironment env = NodeEnvironment.DEFAULTS.withEphemeralPorts(true);
        visited = PcrfNode.start(config, env, PolicyHolder.load(config.policy()),
                gate.around(Stores.open(config.store(), env.clock())), PcrfModules.list(env));
        pcef = TestPeer.client(GxRequests.DICT, GxRequests.GATEWAY, GxRequests.GATEWAY_REALM,
                visited.diameterAddresses().get(0).getPort(), ApplicationIds.GX);
        await("the H-PCRF connected", () -> visited.diameter().peer(H).map(p -> p.state().isOpen()).orElse(false));
        await("the PCEF connected", () -> visited.diameter().peer(GxRequests.GATEWAY)
                .map(p -> p.state().isOpen()).orElse(false));
    }

    @AfterEach
    void stop() {
        gate.release();
        pcef.close();
        visited.shutdown(Duration.ofSeconds(1));
        home.close();
    }

    @Test
    void aGxSessionEndingWhileTheS9SessionIsLinkedStillEndsTheS9Session() throws Exception {
        assertThat(resultCode(pcef.request(GxRequests.ccr(GX, Rfc4006.CcRequestType.INITIAL_REQUEST, 0))))
                .isEqualTo(2001);
        gate.arm();
        assertThat(resultCode(home.request(ter()))).as("TEA").isEqualTo(2001);
        DiameterMessage ccrI = home.awaitReceived(m -> isS9Ccr(m, Rfc4006.CcRequestType.INITIAL_REQUEST), WAIT);
        String s9 = ccrI.sessionId().orElseThrow();
        gate.reached.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(visited.establishment().visitedS9().view(s9)).as("listed at its CCA-I").isPresent();

        assertThat(resultCode(pcef.request(GxRequests.ccr(GX, Rfc4006.CcRequestType.TERMINATION_REQUEST, 1))))
                .as("CCA-T").isEqualTo(2001);
        gate.release();

        DiameterMessage ccrT = home.awaitReceived(m -> isS9Ccr(m, Rfc4006.CcRequestType.TERMINATION_REQUEST), WAIT);
        assertThat(ccrT.sessionId()).hasValue(s9);
        assertThat(ccrT.avp("CC-Request-Number").orElseThrow().asUnsigned32()).isEqualTo(1);
        await("the S9 session forgotten", () -> visited.establishment().visitedS9().list().isEmpty());
    }

    /** The TER of the H-PCRF for the PCEF's subscriber (TS 29.215 §5.6.7). */
    private static DiameterMessage ter() {
        return MessageBuilder.request(DICT, ApplicationIds.S9, "TER").add("Session-Id", H + ";1;1")
                .add("Auth-Application-Id", ApplicationIds.S9).originHost(H).originRealm("home.example")
                .add("Destination-Realm", "test.example").add("Destination-Host", "pcrf.test.example")
                .add("Auth-Session-State", "NO_STATE_MAINTAINED").add("Called-Station-Id", "internet")
                .add("UE-Local-IP-Address", new byte[] {(byte) 198, 51, 100, 7})
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", GxRequests.IMSI)).build();
    }

    /** The H-PCRF's CCA: 2001 with the CCR's type and number. */
    private DiameterMessage answerCcr(DiameterMessage ccr) {
        return MessageBuilder.answer(DICT, ccr).resultCode(2001L).originHost(H).originRealm("home.example")
                .add("Auth-Application-Id", ApplicationIds.S9)
                .add("CC-Request-Type", ccr.avp("CC-Request-Type").orElseThrow().asUnsigned32())
                .add("CC-Request-Number", ccr.avp("CC-Request-Number").orElseThrow().asUnsigned32()).build();
    }

    private static boolean isS9Ccr(DiameterMessage m, int type) {
        return m.commandCode() == 272 && m.flags().request() && m.applicationId() == ApplicationIds.S9
                && m.avp("CC-Request-Type").orElseThrow().asUnsigned32() == type;
    }

    private static long resultCode(CompletableFuture<DiameterMessage> answer) throws Exception {
        return answer.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).avp("Result-Code").orElseThrow().asUnsigned32();
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + WAIT).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static String vPcrfYaml(int hPort) {
        return """
                diameter:
                  originHost: pcrf.test.example
                  originRealm: test.example
                  listen: [{address: 127.0.0.1, port: 3868}]
                  peers:
                    - {host: hpcrf.home.example, address: 127.0.0.1, port: %d, realm: home.example, connect: true}
                rest: {enabled: false}
                store: {snapshot: {enabled: false}}
                applications: {s9: on}
                """.formatted(hPort);
    }

    /**
     * The node's store, but once armed, the first lookup of a subscriber's Gx sessions reads the
     * store at once and hands its answer back only when released: a store answer in flight.
     */
    private static final class GatedLookup {
        final CompletableFuture<Void> reached = new CompletableFuture<>();
        private final CompletableFuture<Void> released = new CompletableFuture<>();
        private final AtomicBoolean armed = new AtomicBoolean();

        void arm() {
            armed.set(true);
        }

        void release() {
            released.complete(null);
        }

        Store around(Store store) {
            SessionStore gated = proxy(SessionStore.class, (proxy, method, args) -> {
                Object result = invoke(store.sessions(), method, args);
                return method.getName().equals("findBySubscriber") && armed.compareAndSet(true, false)
                        ? held((CompletionStage<?>) result) : result;
            });
            return proxy(Store.class, (proxy, method, args) -> method.getName().equals("sessions")
                    ? gated : invoke(store, method, args));
        }

        private static <T> T proxy(Class<T> type, InvocationHandler h) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
        }

        private CompletionStage<?> held(CompletionStage<?> read) {
            reached.complete(null);
            return read.thenCombine(released, (found, x) -> found);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
