package io.pcrfd.store.memory;

import io.pcrfd.store.CounterStore;
import io.pcrfd.store.model.CounterKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** Counters as immutable entries replaced inside {@code compute}: an add is atomic per key. */
final class InMemoryCounterStore implements CounterStore {

    private final Clock clock;
    private final ConcurrentHashMap<CounterKey, CounterEntry> counters = new ConcurrentHashMap<>();

    InMemoryCounterStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CompletionStage<Long> add(CounterKey key, long delta, Instant expiresAt) {
        return Completions.now(() -> {
            Instant now = clock.instant();
            return counters.compute(key, (k, cur) -> new CounterEntry(k,
                    Math.addExact(valueOf(cur, now), delta), expiresAt)).value();
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

    int sweep() {
        Instant now = clock.instant();
        int before = counters.size();
        counters.values().removeIf(c -> !c.expiresAt().isAfter(now));
        return before - counters.size();
    }

    Collection<CounterEntry> all() {
        Instant now = clock.instant();
        return counters.values().stream().filter(c -> c.expiresAt().isAfter(now)).toList();
    }

    void restore(CounterEntry e) {
        counters.put(e.key(), e);
    }

    private static long valueOf(CounterEntry e, Instant now) {
        return e == null || !e.expiresAt().isAfter(now) ? 0 : e.value();
    }
}
