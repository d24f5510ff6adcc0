package io.pcrfd.store.memory;

import io.pcrfd.store.CounterStore;
import io.pcrfd.store.model.CounterKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters as immutable entries replaced inside {@code compute}: an add is atomic per key. A
 * replaced entry keeps the key object the map already holds, so a counter retains one
 * {@link CounterKey} (and its strings) however many adds reach it. Expiry is by a
 * {@link DeadlineQueue}: a counter is filed when created and the sweep visits only counters
 * whose filed deadline has come.
 */
final class InMemoryCounterStore implements CounterStore {

    private final Clock clock;
    private final ConcurrentHashMap<CounterKey, CounterEntry> counters = new ConcurrentHashMap<>();
    private final DeadlineQueue<CounterKey> deadlines = new DeadlineQueue<>();

    InMemoryCounterStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CompletionStage<Long> add(CounterKey key, long delta, Instant expiresAt) {
        return Completions.now(() -> {
            Instant now = clock.instant();
            return counters.compute(key, (k, cur) -> next(k, cur, delta, expiresAt, now)).value();
        });
    }

    @Override
    public CompletionStage<Long> get(CounterKey key) {
        return Completions.now(() -> valueOf(counters.get(key), clock.instant()));
    }

    @Override
    public CompletionStage<Long> reset(CounterKey key) {
        return Completions.now(() -> valueOf(counters.remove(key), clock.instant()));
    }

    private CounterEntry next(CounterKey k, CounterEntry cur, long delta, Instant expiresAt, Instant now) {
        if (cur == null) {
            deadlines.add(k, expiresAt);
            return new CounterEntry(k, delta, expiresAt);
        }
        // An expired entry not swept yet is still filed: its queue entry finds the new deadline.
        return new CounterEntry(cur.key(), Math.addExact(valueOf(cur, now), delta), expiresAt);
    }

    int sweep() {
        Instant now = clock.instant();
        int before = counters.size();
        deadlines.drain(now, key -> {
            CounterEntry live = counters.computeIfPresent(key, (k, c) -> c.expiresAt().isAfter(now) ? c : null);
            return live == null ? null : live.expiresAt();
        });
        return before - counters.size();
    }

    Collection<CounterEntry> all() {
        Instant now = clock.instant();
        return counters.values().stream().filter(c -> c.expiresAt().isAfter(now)).toList();
    }

    void restore(CounterEntry e) {
        if (counters.put(e.key(), e) == null) {
            deadlines.add(e.key(), e.expiresAt());
        }
    }

    private static long valueOf(CounterEntry e, Instant now) {
        return e == null || !e.expiresAt().isAfter(now) ? 0 : e.value();
    }
}
