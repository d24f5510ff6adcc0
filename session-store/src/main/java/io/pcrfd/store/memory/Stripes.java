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

    /** Distinct stripe numbers of the non-null keys, ascending; keys are one to three. */
    private int[] stripesOf(String... keys) {
        int[] idx = new int[keys.length];
        int n = 0;
        for (String k : keys) {
            if (k != null) {
                n = insertSorted(idx, n, Math.floorMod(k.hashCode() * 0x9E3779B9, locks.length));
            }
        }
        return n == idx.length ? idx : Arrays.copyOf(idx, n);
    }

    private static int insertSorted(int[] idx, int n, int stripe) {
        int pos = 0;
        while (pos < n && idx[pos] < stripe) {
            pos++;
        }
        if (pos < n && idx[pos] == stripe) {
            return n;
        }
        System.arraycopy(idx, pos, idx, pos + 1, n - pos);
        idx[pos] = stripe;
        return n + 1;
    }
}
