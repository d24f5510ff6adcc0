package io.pcrfd.pcrf.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.StoreTimeoutException;
import io.pcrfd.store.StoreUnavailableException;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Store operations timed and their failures counted by kind, the caller seeing the store's own stage. */
class MeteredStoreTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Test
    void eachOperationIsTimedUnderItsStoreAndName() throws Exception {
        try (InMemoryStore memory = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO),
                Clock.systemUTC())) {
            var store = new MeteredStore(memory, registry, registry.getPrometheusRegistry());
            assertThat(store.sessions().get("nope").toCompletableFuture().get()).isEmpty();
            assertThat(store.triggers().get("nope").toCompletableFuture().get()).isEmpty();
            assertThat(scraped("pcrfd_store_operation_duration_seconds_count{operation=\"get\",store=\"sessions\"}"))
                    .isEqualTo(1);
            assertThat(scraped("pcrfd_store_operation_duration_seconds_bucket{operation=\"get\",store=\"triggers\","
                    + "le=\"1.0E-4\"}")).as("completed at once: the first bucket").isEqualTo(1);
        }
    }

    /**
     * The usage totals keep the synchronous form of a store that answers at once: a call through
     * it is timed in the first bucket, and one that throws is counted before the caller sees it.
     */
    @Test
    void usageCallsWithoutAStageAreTimedAndTheirFailuresCounted() {
        try (InMemoryStore memory = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO),
                Clock.systemUTC())) {
            var store = new MeteredStore(memory, registry, registry.getPrometheusRegistry());
            UsageKey key = new UsageKey("IMSI:001010000000001", "mk1");
            long exp = System.currentTimeMillis() + 60_000;
            var now = store.usage().immediate().orElseThrow();

            assertThat(now.addNow(key, 10, 6, 4, 1, exp)).isEqualTo(new UsageTotals(10, 6, 4, 1, exp));
            assertThat(now.getNow(key)).isEqualTo(new UsageTotals(10, 6, 4, 1, exp));
            assertThatThrownBy(() -> now.addNow(key, Long.MAX_VALUE, 0, 0, 0, exp))
                    .isInstanceOf(ArithmeticException.class);

            assertThat(scraped("pcrfd_store_operation_duration_seconds_bucket{operation=\"add\",store=\"usage\","
                    + "le=\"1.0E-4\"}")).isEqualTo(2);
            assertThat(scraped("pcrfd_store_operation_duration_seconds_count{operation=\"get\",store=\"usage\"}"))
                    .isEqualTo(1);
            assertThat(registry.get("pcrfd.store.operation.errors").tags("store", "usage", "operation", "add",
                    "error", "other").counter().count()).isEqualTo(1);
        }
    }

    @Test
    void everyInMemoryCallIsCountedWhenSeveralThreadsCallAtOnce() throws Exception {
        int threads = 4;
        int each = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (InMemoryStore memory = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO),
                Clock.systemUTC())) {
            var store = new MeteredStore(memory, registry, registry.getPrometheusRegistry());
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        store.sessions().get("nope");
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String get = "{operation=\"get\",store=\"sessions\"";
        assertThat(scraped("pcrfd_store_operation_duration_seconds_count" + get + "}")).isEqualTo(threads * each);
        assertThat(scraped("pcrfd_store_operation_duration_seconds_bucket" + get + ",le=\"1.0E-4\"}"))
                .isEqualTo(threads * each);
        assertThat(scraped("pcrfd_store_operation_duration_seconds_sum" + get + "}")).isZero();
    }

    @Test
    void failuresAreCountedByKindAndReachTheCallerUnwrapped() throws Exception {
        SessionStore failing = failingSessions();
        var sessions = new MeteredSessionStore(failing, registry,
                StoreOperation.durations(registry.getPrometheusRegistry()));
        Throwable seen = sessions.get("s").handle((v, e) -> e).toCompletableFuture().get();
        assertThat(seen).isInstanceOf(StoreTimeoutException.class);
        sessions.remove("s").toCompletableFuture().handle((v, e) -> e).get();
        assertThat(errors("get", "timeout")).isEqualTo(1);
        assertThat(errors("remove", "unavailable")).isEqualTo(1);
        assertThat(errors("get", "unavailable")).isZero();
        assertThat(scraped("pcrfd_store_operation_duration_seconds_count{operation=\"get\",store=\"sessions\"}"))
                .as("a failed operation is timed too").isEqualTo(1);
    }

    @Test
    void aResultThatComesLaterIsTimedFromTheCallsReturn() throws Exception {
        CompletableFuture<java.util.Optional<io.pcrfd.store.model.IpCanSession>> later = new CompletableFuture<>();
        SessionStore slow = (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> later);
        var sessions = new MeteredSessionStore(slow, registry, StoreOperation.durations(registry.getPrometheusRegistry()));
        CompletionStage<java.util.Optional<io.pcrfd.store.model.IpCanSession>> stage = sessions.get("s");
        assertThat(stage).isSameAs(later);
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 2_000_000) {
            Thread.onSpinWait(); // at least 2 ms between the call and its result
        }
        later.complete(java.util.Optional.empty());
        assertThat(scraped("pcrfd_store_operation_duration_seconds_bucket{operation=\"get\",store=\"sessions\","
                + "le=\"0.001\"}")).isZero();
        assertThat(scraped("pcrfd_store_operation_duration_seconds_count{operation=\"get\",store=\"sessions\"}"))
                .isEqualTo(1);
        assertThat(scraped("pcrfd_store_operation_duration_seconds_sum{operation=\"get\",store=\"sessions\"}"))
                .as("the time it took, in seconds").isGreaterThanOrEqualTo(0.002);
    }

    private double scraped(String series) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(series)
                + " (\\S+)$").matcher(registry.scrape());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
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
