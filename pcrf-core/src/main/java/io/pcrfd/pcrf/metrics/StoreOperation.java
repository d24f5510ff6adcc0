package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.pcrfd.store.StoreDataException;
import io.pcrfd.store.StoreTimeoutException;
import io.pcrfd.store.StoreUnavailableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The meters of one store operation ({@code sessions.get}, {@code triggers.match}, ...): its
 * latency, successful or not, and its failures by kind. {@link #time} watches the stage the store
 * returned and hands that same stage back, so callers see exactly what the store delivered
 * (failures are not re-wrapped).
 */
final class StoreOperation {
    private final Timer duration;
    private final Counter timeout;
    private final Counter unavailable;
    private final Counter data;
    private final Counter other;

    StoreOperation(MeterRegistry registry, String store, String operation) {
        Tags tags = Tags.of("store", store, "operation", operation);
        duration = LatencyTimers.timer(registry, "pcrfd.store.operation.duration",
                "Time from calling a store operation to its result (in memory or Redis)", tags);
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

    /**
     * Watches {@code stage}; call as {@code op.time(System.nanoTime(), store.get(id))} so the start
     * is read before the call (Java evaluates arguments left to right, JLS §15.7.4).
     */
    <T> CompletionStage<T> time(long startNanos, CompletionStage<T> stage) {
        stage.whenComplete((v, failure) -> {
            duration.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
            if (failure != null) {
                kind(failure).increment();
            }
        });
        return stage;
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
