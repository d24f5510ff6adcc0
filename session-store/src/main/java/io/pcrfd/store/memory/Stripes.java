package io.pcrfd.store.memory;

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

    /** Runs {@code body} holding the stripes of the non-null keys {@code a} and {@code b}. */
    <T> T withLocks(Supplier<T> body, String a, String b) {
        return withLocks(body, a, b, null);
    }

    /**
     * Runs {@code body} holding the stripes of every non-null key, each distinct stripe once,
     * in ascending order. Three keys at most, kept in locals: a store mutation takes no array.
     */
    <T> T withLocks(Supplier<T> body, String a, String b, String c) {
        int x = stripeOf(a);
        int y = stripeOf(b);
        int z = stripeOf(c);
        if (x > y) { int t = x; x = y; y = t; }
        if (y > z) { int t = y; y = z; z = t; }
        if (x > y) { int t = x; x = y; y = t; }
        // ascending now; -1 (no key) sorts first, a repeated stripe is taken once
        y = y == x ? -1 : y;
        z = z == y || z == x ? -1 : z;
        lock(x);
        lock(y);
        lock(z);
        try {
            return body.get();
        } finally {
            unlock(z);
            unlock(y);
            unlock(x);
        }
    }

    private int stripeOf(String key) {
        return key == null ? -1 : Math.floorMod(key.hashCode() * 0x9E3779B9, locks.length);
    }

    private void lock(int stripe) {
        if (stripe >= 0) {
            locks[stripe].lock();
        }
    }

    private void unlock(int stripe) {
        if (stripe >= 0) {
            locks[stripe].unlock();
        }
    }
}
