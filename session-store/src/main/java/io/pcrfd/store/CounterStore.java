package io.pcrfd.store;

import io.pcrfd.store.model.CounterKey;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** Usage counters (TS 29.212 §4.5.16; shared accounts): atomic adds, none lost under concurrency. */
public interface CounterStore {

    /**
     * Adds {@code delta} (may be negative) and returns the new value. The counter is created
     * at 0 if absent or expired; its expiry becomes {@code expiresAt}.
     */
    CompletionStage<Long> add(CounterKey key, long delta, Instant expiresAt);

    /** The current value; 0 when absent or expired. */
    CompletionStage<Long> get(CounterKey key);

    /** Removes the counter and returns the value it had (0 when absent). */
    CompletionStage<Long> reset(CounterKey key);
}
