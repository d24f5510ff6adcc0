package io.pcrfd.pcrf.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.StoreTimeoutException;
import io.pcrfd.store.StoreUnavailableException;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** Store operations timed and their failures counted by kind, the caller seeing the store's own stage. */
class MeteredStoreTest {
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void eachOperationIsTimedUnderItsStoreAndName() throws Exception {
        try (InMemoryStore memory = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO),
                Clock.systemUTC())) {
            var store = new MeteredStore(memory, registry);
            assertThat(store.sessions().get("nope").toCompletableFuture().get()).isEmpty();
            assertThat(store.triggers().get("nope").toCompletableFuture().get()).isEmpty();
            assertThat(registry.get("pcrfd.store.operation.duration").tags("store", "sessions", "operation", "get")
                    .timer().count()).isEqualTo(1);
            assertThat(registry.get("pcrfd.store.operation.duration").tags("store", "triggers", "operation", "get")
                    .timer().count()).isEqualTo(1);
        }
    }

    @Test
    void failuresAreCountedByKindAndReachTheCallerUnwrapped() throws Exception {
        SessionStore failing = failingSessions();
        var sessions = new MeteredSessionStore(failing, registry);
        Throwable seen = sessions.get("s").handle((v, e) -> e).toCompletableFuture().get();
        assertThat(seen).isInstanceOf(StoreTimeoutException.class);
        sessions.remove("s").toCompletableFuture().handle((v, e) -> e).get();
        assertThat(errors("get", "timeout")).isEqualTo(1);
        assertThat(errors("remove", "unavailable")).isEqualTo(1);
        assertThat(errors("get", "unavailable")).isZero();
        assertThat(registry.get("pcrfd.store.operation.duration").tags("operation", "get").timer().count())
                .as("a failed operation is timed too").isEqualTo(1);
    }

    private double errors(String operation, String kind) {
        return registry.get("pcrfd.store.operation.errors").tags("store", "sessions", "operation", operation,
                "error", kind).counter().count();
    }

    /** get fails with a timeout, every other operation as unavailable (what Redis gives when down). */
    private static SessionStore failingSessions() {
        return (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
                    CompletionStage<?> failed = CompletableFuture.failedFuture(method.getName().equals("get")
                            ? new StoreTimeoutException("no reply within 2s", null)
                            : new StoreUnavailableException("connection down", null));
                    return failed;
                });
    }
}
