package io.pcrfd.store;

import java.util.concurrent.CompletableFuture;
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

    /** Running usage per owner and Monitoring-Key, four totals per entry (TS 29.212 §4.5.16). */
    UsageStore usage();

    /** Usage meters per subscriber (fixed and mobile usage metered together). */
    MeterStore meters();

    /** Sy sessions of the PCRF's spending-limit client (TS 29.219). */
    SySessionStore sySessions();

    SessionContextStore contexts();

    /** Rx application function sessions and their IP-CAN session (TS 29.214 §4.4.1). */
    AfSessionStore afSessions();

    /**
     * Removes what has expired and index entries that point nowhere; returns how many records
     * were removed. The in-memory store also runs this on its own schedule when configured;
     * Redis expires keys itself and this only tidies sorted-set indexes.
     */
    CompletionStage<Integer> sweep();

    /**
     * The Origin-State-Id {@code originHost} announces in CER/CEA, DWR and DWA (RFC 6733 §8.16:
     * it changes only when the node restarts with loss of state). When this store holds the
     * state of {@code originHost}'s previous run (a snapshot was loaded, or a shared Redis kept
     * it), the value that run announced; otherwise {@code fresh}, which is then recorded for the
     * next run. Call it once per start, before the node announces itself.
     *
     * <p>The default, for a store that keeps nothing across a restart, is always {@code fresh}:
     * the safe side, since a new value only makes peers purge sessions the node has lost anyway.
     *
     * @param fresh a value larger than any this node announced before (the start time in seconds)
     */
    default CompletionStage<Long> originStateId(String originHost, long fresh) {
        return CompletableFuture.completedFuture(fresh);
    }

    /** Releases resources; the in-memory store writes its snapshot here when configured. */
    @Override
    void close();
}
