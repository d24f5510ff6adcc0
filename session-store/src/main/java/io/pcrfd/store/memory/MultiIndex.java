package io.pcrfd.store.memory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key → record ids, for indexes where one key may name several records (subscriber, UE
 * local IP, gateway host).
 *
 * <p>Memory decides the shape, because there is one entry per session per index: a key that
 * names one record maps straight to its id (the id string the record already holds, so the
 * entry costs only the map node); a few ids are kept in a small immutable set copied on
 * write; past {@value #SMALL_LIMIT} ids the set becomes a concurrent set changed in place, so
 * a gateway with 100,000 sessions does not copy its set on every create. Every change runs
 * inside {@code compute} for the key, so it is atomic per key.
 */
final class MultiIndex<K> {

    private static final int SMALL_LIMIT = 8;

    /** Values are a {@code String} id or a {@code Set<String>} of ids. */
    private final ConcurrentHashMap<K, Object> map = new ConcurrentHashMap<>();

    void add(K key, String id) {
        if (key != null) {
            map.compute(key, (k, ids) -> with(ids, id));
        }
    }

    void remove(K key, String id) {
        if (key != null) {
            map.computeIfPresent(key, (k, ids) -> without(ids, id));
        }
    }

    /** The ids under {@code key}: a snapshot or a weakly consistent view, never null. */
    @SuppressWarnings("unchecked")
    Collection<String> get(K key) {
        Object ids = key == null ? null : map.get(key);
        if (ids == null) {
            return List.of();
        }
        return ids instanceof String id ? List.of(id) : (Set<String>) ids;
    }

    int keyCount() {
        return map.size();
    }

    @SuppressWarnings("unchecked")
    private static Object with(Object ids, String id) {
        if (ids == null || ids.equals(id)) {
            return id;
        }
        if (ids instanceof String single) {
            return Set.of(single, id);
        }
        Set<String> set = (Set<String>) ids;
        if (set instanceof ConcurrentHashMap.KeySetView<String, ?> large) {
            large.add(id);
            return large;
        }
        if (set.contains(id)) {
            return set;
        }
        if (set.size() < SMALL_LIMIT) {
            Set<String> copy = new HashSet<>(set);
            copy.add(id);
            return Set.copyOf(copy);
        }
        Set<String> large = ConcurrentHashMap.newKeySet();
        large.addAll(set);
        large.add(id);
        return large;
    }

    @SuppressWarnings("unchecked")
    private static Object without(Object ids, String id) {
        if (ids instanceof String single) {
            return single.equals(id) ? null : single;
        }
        Set<String> set = (Set<String>) ids;
        if (!set.contains(id)) {
            return set;
        }
        if (set instanceof ConcurrentHashMap.KeySetView<String, ?> large) {
            large.remove(id);
            return large.isEmpty() ? null : large;
        }
        Set<String> copy = new HashSet<>(set);
        copy.remove(id);
        return copy.size() == 1 ? copy.iterator().next() : Set.copyOf(copy);
    }
}
