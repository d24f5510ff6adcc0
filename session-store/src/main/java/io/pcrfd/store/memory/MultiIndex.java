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
 * write; past {@value #SMALL_LIMIT} ids the set becomes a {@link Large} concurrent set
 * changed in place, so a gateway with 100,000 sessions does not copy its set on every create.
 *
 * <p>Cost decides the path, because a create and a close change every index: a key first
 * seen is put with one {@code putIfAbsent}, a key naming only the id removed goes with one
 * {@code remove(key, id)}, and an id joins or leaves a {@link Large} set without locking its
 * key, so the sessions of one gateway, added and removed on every event loop at once, do not
 * queue on one map bin. Everything else (a key changing shape, a large set left empty) runs
 * inside {@code compute} for the key, atomic per key.
 */
final class MultiIndex<K> {

    private static final int SMALL_LIMIT = 8;

    /** Values are a {@code String} id, an immutable {@code Set<String>} of ids, or a {@link Large}. */
    private final ConcurrentHashMap<K, Object> map = new ConcurrentHashMap<>();

    /**
     * A large set, changed in place without the key's lock. It leaves the map only inside
     * {@code compute}, when found empty after it was marked {@link #retired}; a change made
     * in place reads the mark after it, and goes again through {@code compute} when it is
     * set. Both sides write, then read the other's write (volatile and the set's CAS), so
     * either the change sees the mark or the compute sees the change: an id added in place is
     * never lost with a dropped set.
     */
    static final class Large {
        final Set<String> ids = ConcurrentHashMap.newKeySet();
        volatile boolean retired;
    }

    void add(K key, String id) {
        if (key == null) {
            return;
        }
        Object ids = map.putIfAbsent(key, id);
        if (ids == null || ids instanceof Large large && addInPlace(large, id)) {
            return;
        }
        map.compute(key, (k, v) -> with(v, id));
    }

    void remove(K key, String id) {
        if (key == null) {
            return;
        }
        Object ids = map.get(key);
        if (ids == null || ids instanceof Large large && removeInPlace(large, id)
                || ids instanceof String && map.remove(key, id)) {
            return;
        }
        map.computeIfPresent(key, (k, v) -> without(v, id));
    }

    private static boolean addInPlace(Large large, String id) {
        large.ids.add(id);
        return !large.retired;
    }

    /** True when done; false when the set may have to leave the map (or already left it). */
    private static boolean removeInPlace(Large large, String id) {
        large.ids.remove(id);
        return !large.retired && !large.ids.isEmpty();
    }

    /** The ids under {@code key}: a snapshot or a weakly consistent view, never null. */
    @SuppressWarnings("unchecked")
    Collection<String> get(K key) {
        Object ids = key == null ? null : map.get(key);
        if (ids == null) {
            return List.of();
        }
        if (ids instanceof Large large) {
            return large.ids;
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
        if (ids instanceof Large large) {
            large.ids.add(id);
            return large;
        }
        Set<String> set = (Set<String>) ids;
        if (set.contains(id)) {
            return set;
        }
        if (set.size() < SMALL_LIMIT) {
            Set<String> copy = new HashSet<>(set);
            copy.add(id);
            return Set.copyOf(copy);
        }
        Large large = new Large();
        large.ids.addAll(set);
        large.ids.add(id);
        return large;
    }

    @SuppressWarnings("unchecked")
    private static Object without(Object ids, String id) {
        if (ids instanceof String single) {
            return single.equals(id) ? null : single;
        }
        if (ids instanceof Large large) {
            return shrunk(large, id);
        }
        Set<String> set = (Set<String>) ids;
        if (!set.contains(id)) {
            return set;
        }
        Set<String> copy = new HashSet<>(set);
        copy.remove(id);
        return copy.size() == 1 ? copy.iterator().next() : Set.copyOf(copy);
    }

    /**
     * Inside the key's compute: {@code large} without {@code id}, or null (the key leaves the
     * map) when it is left empty. Retired first, then checked: a racing in-place add either
     * shows up in the check (the set stays, no longer retired) or sees the mark and adds again
     * through compute.
     */
    private static Object shrunk(Large large, String id) {
        large.ids.remove(id);
        if (!large.ids.isEmpty()) {
            return large;
        }
        large.retired = true;
        if (large.ids.isEmpty()) {
            return null;
        }
        large.retired = false;
        return large;
    }
}
