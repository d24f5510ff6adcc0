package io.pcrfd.pcrf.metrics;

import io.netty.util.collection.LongObjectHashMap;
import java.util.function.LongFunction;

/**
 * Meters pre-built per key (an application and command pair), found without a lock or a boxed
 * key on the request path: reads go to an immutable table behind a volatile field; a key seen for
 * the first time builds its meters under a lock and publishes a copy of the table. A key the
 * factory does not know (null) gets the fallback and no entry, so the table holds at most the
 * dictionary's commands and the copies stop after warm-up.
 */
final class MeterTable<M> {
    private final LongFunction<M> factory;
    private final M fallback;
    private volatile LongObjectHashMap<M> table = new LongObjectHashMap<>();

    /**
     * @param factory  builds the meters of a key, once per key; null for a key that gets none
     * @param fallback the meters of every key the factory refuses
     */
    MeterTable(LongFunction<M> factory, M fallback) {
        this.factory = factory;
        this.fallback = fallback;
    }

    M get(long key) {
        M m = table.get(key);
        return m != null ? m : create(key);
    }

    private synchronized M create(long key) {
        M m = table.get(key);
        if (m != null) {
            return m;
        }
        m = factory.apply(key);
        if (m == null) {
            return fallback;
        }
        LongObjectHashMap<M> copy = new LongObjectHashMap<>(table.size() + 1);
        copy.putAll(table);
        copy.put(key, m);
        table = copy;
        return m;
    }
}
