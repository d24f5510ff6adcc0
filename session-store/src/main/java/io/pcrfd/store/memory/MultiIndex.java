package io.pcrfd.store.memory;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key → record ids, for indexes where one key may name several records (subscriber, UE
 * local IP, gateway host).
 *
 * <p>Memory decides the shape, because there is one entry per session per index: a key that
 * names one record maps straight to its id (the id string the record already holds, so the
 * entry costs only the map node); a few ids are kept in a small array, never changed once
 * published but copied on write (half the bytes of an immutable set, whose probe table is
 * twice its size, and a copy is one {@code Arrays.copyOf} rather than a rehash); past
 * {@value #SMALL_LIMIT} ids the set becomes a {@link Large} concurrent set changed in place,
 * so a gateway with 100,000 sessions does not copy its set on every create.
 *
 * <p>Cost decides the path, because a create and a close change every index: a key first
 * seen is put with one {@code putIfAbsent}, a key naming only the id removed goes with one
 * {@code remove(key, id)} (without a read before it where keys mostly name one record), and an id joins or leaves a {@link Large} set without locking its
 * key, so the sessions of one gateway, added and removed on every event loop at once, do not
 * queue on one map bin. Everything else (a key changing shape, a large set left empty) runs
 * inside {@code compute} for the key, atomic per key.
 */
final class MultiIndex<K> {

    private static final int SMALL_LIMIT = 8;

    /** Values are a {@code String} id, a {@code String[]} of 2 to {@value #SMALL_LIMIT} distinct ids, or a {@link Large}. */
    private final ConcurrentHashMap<K, Object> map = new ConcurrentHashMap<>();
    /**
     * True for an index whose keys mostly name one record (a subscriber id, a UE address):
     * {@link #remove} then tries {@code remove(key, id)} first, one map operation instead of a
     * read and a remove. False where keys name many (a gateway, whose {@link Large} set a
     * failed {@code remove(key, id)} would lock the key's bin for nothing).
     */
    private final boolean fewPerKey;

    /** An index whose keys may name many records each (see {@link #MultiIndex(boolean)}). */
    MultiIndex() {
        this(false);
    }

    /** {@code fewPerKey}: the keys mostly name one record each. */
    MultiIndex(boolean fewPerKey) {
        this.fewPerKey = fewPerKey;
    }

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
        if (key == null || fewPerKey && map.remove(key, id)) {
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
    Collection<String> get(K key) {
        Object ids = key == null ? null : map.get(key);
        if (ids == null) {
            return List.of();
        }
        if (ids instanceof Large large) {
            return large.ids;
        }
        return ids instanceof String id ? List.of(id) : Collections.unmodifiableList(Arrays.asList((String[]) ids));
    }

    int keyCount() {
        return map.size();
    }

    private static Object with(Object ids, String id) {
        if (ids == null || ids.equals(id)) {
            return id;
        }
        if (ids instanceof String single) {
            return new String[] {single, id};
        }
        if (ids instanceof Large large) {
            large.ids.add(id);
            return large;
        }
        String[] small = (String[]) ids;
        if (indexOf(small, id) >= 0) {
            return small;
        }
        if (small.length < SMALL_LIMIT) {
            String[] grown = Arrays.copyOf(small, small.length + 1);
            grown[small.length] = id;
            return grown;
        }
        Large large = new Large();
        large.ids.addAll(Arrays.asList(small));
        large.ids.add(id);
        return large;
    }

    private static Object without(Object ids, String id) {
        if (ids instanceof String single) {
            return single.equals(id) ? null : single;
        }
        if (ids instanceof Large large) {
            return shrunk(large, id);
        }
        String[] small = (String[]) ids;
        int at = indexOf(small, id);
        if (at < 0) {
            return small;
        }
        if (small.length == 2) {
            return small[1 - at];
        }
        String[] rest = new String[small.length - 1];
        System.arraycopy(small, 0, rest, 0, at);
        System.arraycopy(small, at + 1, rest, at, rest.length - at);
        return rest;
    }

    private static int indexOf(String[] ids, String id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
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
