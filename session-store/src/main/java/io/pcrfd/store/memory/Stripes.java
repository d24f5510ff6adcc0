package io.pcrfd.store.memory;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A fixed set of locks chosen by key hash. A session mutation locks the stripes of the keys
 * it must keep others out of (its Session-Id, and its UE addresses when it adds to or moves
 * index entries; {@link SessionTable} says which write takes which), so that writes
 * touching the same key are serialised while the maps and indexes change together, and a
 * reader of an index never has to guess whether a missing session is being created or being
 * removed. Locks are held for a few map operations only, never across I/O; stripes are taken
 * in ascending order, so two mutations cannot deadlock.
 */
final class Stripes {

    /** Bits per stripe in {@link #lock}'s packed result (stripe + 1, 0 for none). */
    private static final int SHIFT = 10;
    private static final int MASK = (1 << SHIFT) - 1;

    private final ReentrantLock[] locks;

    /** {@code count} stripes, at most 1023 (three fit {@link #lock}'s packed int). */
    Stripes(int count) {
        if (count < 1 || count >= MASK) {
            throw new IllegalArgumentException("stripes: 1 to " + (MASK - 1) + ", not " + count);
        }
        locks = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Runs {@code body} holding the stripes of the non-null keys {@code a} and {@code b}. */
    <T> T withLocks(Supplier<T> body, String a, String b) {
        return withLocks(body, a, b, null);
    }

    /** Runs {@code body} holding the stripes of every non-null key (see {@link #lock}). */
    <T> T withLocks(Supplier<T> body, String a, String b, String c) {
        int held = lock(a, b, c);
        try {
            return body.get();
        } finally {
            unlock(held);
        }
    }

    /**
     * Takes the stripes of every non-null key, each distinct stripe once, in ascending order,
     * and returns them packed for {@link #unlock}; the caller unlocks in a {@code finally}.
     * Three keys at most, kept in locals: a hot-path mutation takes neither an array nor a
     * lambda. Keys falling in one stripe take one lock.
     */
    int lock(String a, String b, String c) {
        int x = stripeOf(a);
        int y = stripeOf(b);
        int z = stripeOf(c);
        if (x > y) { int t = x; x = y; y = t; }
        if (y > z) { int t = y; y = z; z = t; }
        if (x > y) { int t = x; x = y; y = t; }
        // ascending now; -1 (no key) sorts first, a repeated stripe is taken once
        y = y == x ? -1 : y;
        z = z == y || z == x ? -1 : z;
        lockStripe(x);
        lockStripe(y);
        lockStripe(z);
        return (x + 1) | (y + 1) << SHIFT | (z + 1) << 2 * SHIFT;
    }

    /** Releases what {@link #lock} returned, in reverse order. */
    void unlock(int held) {
        unlockStripe((held >>> 2 * SHIFT & MASK) - 1);
        unlockStripe((held >>> SHIFT & MASK) - 1);
        unlockStripe((held & MASK) - 1);
    }

    private int stripeOf(String key) {
        return key == null ? -1 : Math.floorMod(key.hashCode() * 0x9E3779B9, locks.length);
    }

    private void lockStripe(int stripe) {
        if (stripe >= 0) {
            locks[stripe].lock();
        }
    }

    private void unlockStripe(int stripe) {
        if (stripe >= 0) {
            locks[stripe].unlock();
        }
    }
}
