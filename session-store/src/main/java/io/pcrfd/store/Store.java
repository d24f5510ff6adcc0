package io.pcrfd.store;

import java.util.concurrent.CompletionStage;

/**
 * Everything the daemon remembers, behind one lifecycle. Implementations:
 * {@link io.pcrfd.store.memory.InMemoryStore} (default) and
 * {@link io.pcrfd.store.redis.RedisStore} (several nodes sharing state).
 *
 * <p>Every method of the sub-stores returns a {@link CompletionStage}; failures arrive as a
 * failed stage whose cause is a {@link StoreException} (or {@link IllegalArgumentException}
 * for a caller error), always within the configured command timeout.
 */
public interface Store extends AutoCloseable {

    SessionStore sessions();

    BindingStore bindings();

    TriggerStore triggers();

    CounterStore counters();

    SessionContextStore contexts();

    /**
     * Removes what has expired and index entries that point nowhere; returns how many records
     * were removed. The in-memory store also runs this on its own schedule when configured;
     * Redis expires keys itself and this only tidies sorted-set indexes.
     */
    CompletionStage<Integer> sweep();

    /** Releases resources; the in-memory store writes its snapshot here when configured. */
    @Override
    void close();
}
