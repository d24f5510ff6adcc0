package io.pcrfd.store.memory;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key → set of record ids, for indexes where one key may name several records (subscriber +
 * APN, UE local IP, gateway host).
 *
 * <p>Most keys name one or two records, so a key's set starts as a small immutable set that
 * is copied on write (a one-element {@code Set.of} costs 16 bytes); once it grows past
 * {@value #SMALL_LIMIT} ids it becomes a concurrent set changed in place, so a gateway with
 * 100,000 sessions does not copy its set on every create. All changes run inside {@code
 * compute} for the key, which makes them atomic per key.
 */
final class MultiIndex<K> {

    private static final int SMALL_LIMIT = 8;

    private final ConcurrentHashMap<K, Set<String>> map = new ConcurrentHashMap<>();

    void add(K key, String id) {
        if (key == null) {
            return;
        }
        map.compute(key, (k, ids) -> with(ids, id));
    }

    void remove(K key, String id) {
        if (key == null) {
            return;
        }
        map.computeIfPresent(key, (k, ids) -> without(ids, id));
    }

    /** The ids under {@code key}; a snapshot or a weakly consistent view, never null. */
    Set<String> get(K key) {
        Set<String> ids = key == null ? null : map.get(key);
        return ids == null ? Set.of() : ids;
    }

    int keyCount() {
        return map.size();
    }

    private static Set<String> with(Set<String> ids, String id) {
        if (ids == null) {
            return Set.of(id);
        }
        if (ids instanceof ConcurrentHashMap.KeySetView<String, ?> large) {
            large.add(id);
            return large;
        }
        if (ids.contains(id)) {
            return ids;
        }
        if (ids.size() < SMALL_LIMIT) {
            Set<String> copy = new HashSet<>(ids);
            copy.add(id);
            return Set.copyOf(copy);
        }
        Set<String> large = ConcurrentHashMap.newKeySet();
        large.addAll(ids);
        large.add(id);
        return large;
    }

    private static Set<String> without(Set<String> ids, String id) {
        if (!ids.contains(id)) {
            return ids;
        }
        if (ids instanceof ConcurrentHashMap.KeySetView<String, ?> large) {
            large.remove(id);
            return large.isEmpty() ? null : large;
        }
        if (ids.size() == 1) {
            return null;
        }
        Set<String> copy = new HashSet<>(ids);
        copy.remove(id);
        return Set.copyOf(copy);
    }
}
