package io.pcrfd.store.memory;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A fixed set of locks chosen by key hash. A session mutation locks the stripes of its
 * Session-Id and UE addresses, so that a create, an update and a close touching the same key
 * are serialised while the maps and indexes change together, and a reader of an index never
 * has to guess whether a missing session is being created or being removed. Locks are held
 * for a few map operations only, never across I/O; stripes are taken in ascending order, so
 * two mutations cannot deadlock.
 */
final class Stripes {

    private final ReentrantLock[] locks;

    Stripes(int count) {
        locks = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Runs {@code body} holding the stripes of every non-null key. */
    <T> T withLocks(Supplier<T> body, String... keys) {
        int[] idx = stripesOf(keys);
        for (int i : idx) {
            locks[i].lock();
        }
        try {
            return body.get();
        } finally {
            for (int j = idx.length - 1; j >= 0; j--) {
                locks[idx[j]].unlock();
            }
        }
    }

    private int[] stripesOf(String... keys) {
        return Arrays.stream(keys)
                .filter(k -> k != null)
                .mapToInt(k -> Math.floorMod(k.hashCode() * 0x9E3779B9, locks.length))
                .distinct()
                .sorted()
                .toArray();
    }
}
