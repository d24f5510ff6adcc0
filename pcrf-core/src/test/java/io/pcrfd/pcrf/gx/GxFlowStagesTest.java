package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicyLoader;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.Store;
import io.pcrfd.store.StoreUnavailableException;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Gx flow continues a store stage that is already complete by calling on at once, and
 * chains onto one that completes later (the gx package documentation, "Stages"). Either way
 * the answer stage of {@code handle} completes with a CCA, never exceptionally (RFC 6733
 * §7.1.5: DIAMETER_UNABLE_TO_COMPLY 5012 when the PCRF could not serve the request): a store
 * call that failed at once or later, a listener that throws on the calling thread, and a store
 * whose every call completes later on another thread.
 */
class GxFlowStagesTest {
    private final MutableClock clock = new MutableClock(GxHarness.WEDNESDAY_NOON);
    private final InMemoryStore memory = InMemoryStore.open(
            new InMemoryStoreOptions(Optional.empty(), Duration.ZERO), clock);
    private final ExecutorService later = Executors.newSingleThreadExecutor();
    private final Pcef pcef = new Pcef();
    private final List<String> usageHeard = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws InterruptedException {
        later.shutdownNow();
        assertThat(later.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        memory.close();
    }

    @Test
    void aStoreWhoseCallsCompleteLaterServesTheWholeSessionAndThenEachAnswerIsTheSame() {
        GxApplication app = app(sessions(memory.sessions(), "", true), GxSessionListener.NONE);
        assertThat(resultCode(call(app, pcef.initial("pgw1;stages;1", Pcef.BASIC_IMSI, "10.72.0.1").build())))
                .isEqualTo(2001);
        DiameterMessage u = call(app, pcef.usage("pgw1;stages;1", 1, "mk1", 2_000_000_000L, 33));
        assertThat(resultCode(u)).isEqualTo(2001);
        assertThat(u.avp("QoS-Information")).as("the throttle of the basic plan past 1 GB on mk1").isPresent();
        assertThat(resultCode(call(app, pcef.terminate("pgw1;stages;1", 2, "mk1", 1_000)))).isEqualTo(2001);
        assertThat(usageHeard).containsExactly("pgw1;stages;1", "pgw1;stages;1");
        assertThat(memory.sessionCount()).isZero();
    }

    @Test
    void aStoreUpdateThatFailedAtOnceGivesA5012CcaAndTheUsageIsStillHeard() {
        GxApplication app = app(sessions(memory.sessions(), "update", false), GxSessionListener.NONE);
        call(app, pcef.initial("pgw1;stages;2", Pcef.BASIC_IMSI, "10.72.0.2").build());
        CompletableFuture<DiameterMessage> answer = app.handle(pcef.usage("pgw1;stages;2", 1, "mk1", 1_000, 33))
                .toCompletableFuture();
        assertThat(answer).isCompleted();
        assertThat(resultCode(answer.join())).isEqualTo(5012);
        assertThat(usageHeard).containsExactly("pgw1;stages;2");
    }

    @Test
    void aStoreUpdateThatFailsLaterGivesA5012Cca() {
        GxApplication app = app(sessions(memory.sessions(), "update", true), GxSessionListener.NONE);
        call(app, pcef.initial("pgw1;stages;3", Pcef.BASIC_IMSI, "10.72.0.3").build());
        assertThat(resultCode(call(app, pcef.usage("pgw1;stages;3", 1, "mk1", 1_000, 33)))).isEqualTo(5012);
        assertThat(usageHeard).containsExactly("pgw1;stages;3");
    }

    @Test
    void aListenerThatThrowsOnTheCallingThreadGivesA5012CcaNotAFailedStage() {
        GxApplication app = app(memory.sessions(), new GxSessionListener() {
            @Override
            public void ended(String sessionId, String reason) {
                throw new IllegalStateException("listener broken (test)");
            }
        });
        assertThat(resultCode(call(app, pcef.initial("pgw1;stages;4", Pcef.BASIC_IMSI, "10.72.0.4").build())))
                .isEqualTo(2001);
        CompletableFuture<DiameterMessage> answer = app.handle(pcef.terminate("pgw1;stages;4", 1, "mk1", 1_000))
                .toCompletableFuture();
        assertThat(answer).isCompleted();
        assertThat(resultCode(answer.join())).isEqualTo(5012);
        assertThat(usageHeard).as("the final usage was recorded before the listener broke")
                .containsExactly("pgw1;stages;4");
    }

    @Test
    void aListenerThatThrowsDuringAPurgeLeavesNoneOfTheRestartedGatewaysOldSessionsLive() {
        GxApplication app = app(memory.sessions(), new GxSessionListener() {
            @Override
            public void ended(String sessionId, String reason) {
                throw new IllegalStateException("listener broken (test)");
            }
        });
        for (int i = 1; i <= 3; i++) {
            assertThat(resultCode(call(app, pcef.initial("pgw1;stages;5" + i, Pcef.BASIC_IMSI, "10.72.0.5" + i)
                    .build()))).isEqualTo(2001);
        }

        CompletableFuture<Integer> purge = app.service().purgeGateway(Pcef.HOST, 8).toCompletableFuture();

        assertThat(purge).as("the listener's failure is the stage's, not thrown at the caller").isDone();
        assertThat(memory.sessionCount()).as("every old session of the gateway closed, not only those"
                + " before the first failing listener").isZero();
    }

    @Test
    void anErrorThrownInTheFlowStillGivesA5012Cca() {
        GxApplication app = app(memory.sessions(), new GxSessionListener() {
            @Override
            public void ended(String sessionId, String reason) {
                throw new StackOverflowError("deep policy (test)");
            }
        });
        call(app, pcef.initial("pgw1;stages;6", Pcef.BASIC_IMSI, "10.72.0.6").build());
        CompletableFuture<DiameterMessage> answer = app.handle(pcef.terminate("pgw1;stages;6", 1, "mk1", 1_000))
                .toCompletableFuture();
        assertThat(answer).isCompleted();
        assertThat(resultCode(answer.join())).isEqualTo(5012);
    }

    private DiameterMessage call(GxApplication app, DiameterMessage ccr) {
        return GxHarness.join(app.handle(ccr));
    }

    private GxApplication app(SessionStore sessions, GxSessionListener listener) {
        PolicyEngine engine = engine();
        return GxApplication.create(GxSettings.defaults(), Pcef.DICT, withSessions(memory, sessions), () -> engine,
                clock, new ManualTimer(clock), rar -> new CompletableFuture<>(), new GxSessionListener() {
                    @Override
                    public void usageRecorded(String sessionId, io.pcrfd.store.model.SubscriberId owner) {
                        usageHeard.add(sessionId);
                    }

                    @Override
                    public void ended(String sessionId, String reason) {
                        listener.ended(sessionId, reason);
                    }
                });
    }

    /**
     * {@code d} with its calls completing later on another thread when {@code later}, and the
     * method named {@code failing} failing (at once, or later) with the store's unavailable error.
     */
    private SessionStore sessions(SessionStore d, String failing, boolean later) {
        return (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
                    Object out;
                    try {
                        out = method.invoke(d, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (!(out instanceof CompletionStage<?> stage)) {
                        return out;
                    }
                    CompletionStage<?> result = method.getName().equals(failing)
                            ? CompletableFuture.failedFuture(new StoreUnavailableException("store down (test)", null))
                            : stage;
                    return later ? result.toCompletableFuture().whenCompleteAsync((v, t) -> { }, this.later) : result;
                });
    }

    private static Store withSessions(Store store, SessionStore sessions) {
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("sessions") && method.getParameterCount() == 0) {
                        return sessions;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static PolicyEngine engine() {
        try (InputStream in = GxFlowStagesTest.class.getResourceAsStream("/gx/policy.yaml")) {
            return new PolicyEngine(PolicyLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "gx/policy.yaml"), Set.of("00101"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
