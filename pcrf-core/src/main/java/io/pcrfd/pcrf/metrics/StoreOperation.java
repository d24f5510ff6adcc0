package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.pcrfd.store.StoreDataException;
import io.pcrfd.store.StoreTimeoutException;
import io.pcrfd.store.StoreUnavailableException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The meters of one store operation ({@code sessions.get}, {@code triggers.match}, ...): its
 * latency, successful or not, and its failures by kind. {@link #time} watches the stage the store
 * returned and hands that same stage back, so callers see exactly what the store delivered
 * (failures are not re-wrapped).
 *
 * <p>A call whose result is there when it returns (the in-memory store: every call) is counted
 * in the first bucket without reading the clock or registering a callback: the metering of the
 * default store costs one atomic increment per call ({@link LatencyHistogram.Series#recordAtOnce}),
 * and every call is counted. Timing such a call, even one in N, would measure little more than
 * the clock read itself: the work is done, on the caller's thread, before the stage is returned,
 * and it is part of the Diameter request's own latency. A call that completes later (Redis) is
 * timed, every one, from its return to its result (a network round trip dwarfs the two clock
 * reads); the microseconds spent queueing the command before it returns are not in it.
 */
final class StoreOperation {
    private final LatencyHistogram.Series duration;
    private final Counter timeout;
    private final Counter unavailable;
    private final Counter data;
    private final Counter other;

    /** The family of every operation's latency, labelled by store and operation. */
    static LatencyHistogram durations(io.prometheus.metrics.model.registry.PrometheusRegistry registry) {
        return LatencyHistogram.register(registry, "pcrfd_store_operation_duration_seconds",
                "Time from a store call's return to its result (in memory: at once, counted in the first bucket)",
                "store", "operation");
    }

    StoreOperation(MeterRegistry registry, LatencyHistogram durations, String store, String operation) {
        Tags tags = Tags.of("store", store, "operation", operation);
        duration = durations.series(store, operation);
        timeout = errors(registry, tags, "timeout");
        unavailable = errors(registry, tags, "unavailable");
        data = errors(registry, tags, "data");
        other = errors(registry, tags, "other");
    }

    private static Counter errors(MeterRegistry registry, Tags tags, String kind) {
        return Counter.builder("pcrfd.store.operation.errors").tags(tags).tag("error", kind)
                .description("Store operations that failed: timeout (no reply within store.redis.commandTimeout), "
                        + "unavailable (connection down), data (unreadable record), other")
                .register(registry);
    }

    /** Watches {@code stage}, the result of a store call, and returns it unchanged. */
    <T> CompletionStage<T> time(CompletionStage<T> stage) {
        CompletableFuture<T> f = stage.toCompletableFuture();
        if (f.isDone()) {
            duration.recordAtOnce();
            if (f.isCompletedExceptionally()) {
                f.exceptionally(failure -> {
                    kind(failure).increment();
                    return null;
                });
            }
            return stage;
        }
        long start = System.nanoTime();
        stage.whenComplete((v, failure) -> {
            duration.record(System.nanoTime() - start);
            if (failure != null) {
                kind(failure).increment();
            }
        });
        return stage;
    }

    /** A synchronous call ({@code UsageStore.immediate()}) that returned its result: the first bucket. */
    void completedAtOnce() {
        duration.recordAtOnce();
    }

    /** A synchronous call that threw {@code failure}: the first bucket, and the failure counted. */
    void failedAtOnce(Throwable failure) {
        duration.recordAtOnce();
        kind(failure).increment();
    }

    private Counter kind(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof StoreTimeoutException) {
            return timeout;
        }
        if (t instanceof StoreUnavailableException) {
            return unavailable;
        }
        return t instanceof StoreDataException ? data : other;
    }
}
