package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.DiameterMessage;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Duplicate request detection (RFC 6733 §3, §6.1.1): requests are keyed by (Origin-Host,
 * End-to-End id); a duplicate gets the same answer as the original (only the Hop-by-Hop id
 * differs) and is never handed to the application again. A duplicate that arrives while the
 * original is still being handled waits for the same answer.
 *
 * <p>Bounded in size and time: entries older than the TTL, and the oldest entries beyond the
 * size, are dropped on insertion. The layout makes a claim a few array reads and writes, with
 * no object per request beyond the caller's answer future:
 *
 * <pre>
 *  ring (size slots, insertion order)          index (open addressing, at most half full)
 *  tail ─► [ host | e2e | created | answer ]   ◄── hash(host, e2e) | ring slot + 1
 *          [ host | e2e | created | answer ]       linear probing, backward-shift deletion
 *  head ─► (next slot written: the eldest,
 *           evicted first when the ring is full)
 * </pre>
 *
 * The ring's order is the insertion order, so the eldest entry is always at the tail and
 * dropping it (beyond the size, or past the TTL) is O(1): no walk, no per-entry node. Entry
 * times are kept non-decreasing along the ring, so every expired entry is at the tail. Hosts
 * are held lower-cased (RFC 6733 §4.3.1: DiameterIdentity compares case-insensitively) and
 * the last host seen is shared, so the ring holds one String per peer, not one per request.
 *
 * <p>Connections on different event loops share one cache, since a retransmission may arrive
 * on another connection after a failover (RFC 6733 §5.5.4). One lock guards it, held only for
 * the probe and the array writes; lower-casing, hashing and reading the clock happen before.
 * At a few tens of nanoseconds per hold against microseconds of handling per request, the
 * lock is rarely contended, and one lock keeps the size bound and the eviction order exact,
 * where striping would make both per stripe (see BENCHMARKS.md, "Peer layer"). The arrays
 * are allocated at construction: about 40 bytes per entry of the size.
 */
public final class DuplicateCache {
    private final int capacity;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final Object lock = new Object();
    private final String[] hosts;
    private final int[] endToEnds;
    private final long[] created;
    private final CompletableFuture<?>[] answers;
    /** hash in the high 32 bits, ring slot + 1 in the low 32 bits; 0 is an empty position. */
    private final long[] index;
    private final int mask;
    private int head;
    private int size;
    private long newest = Long.MIN_VALUE;
    private String lastHost;

    public DuplicateCache(int maxSize, java.time.Duration ttl) {
        this(maxSize, ttl.toNanos(), System::nanoTime);
    }

    DuplicateCache(int maxSize, long ttlNanos, LongSupplier clock) {
        if (maxSize < 0 || maxSize > 1 << 28) {
            throw new IllegalArgumentException("duplicate cache size out of range: " + maxSize);
        }
        this.capacity = maxSize;
        this.ttlNanos = ttlNanos;
        this.clock = clock;
        this.hosts = new String[maxSize];
        this.endToEnds = new int[maxSize];
        this.created = new long[maxSize];
        this.answers = new CompletableFuture<?>[maxSize];
        this.index = new long[maxSize == 0 ? 1 : Integer.highestOneBit(maxSize * 2 - 1) << 1];
        this.mask = index.length - 1;
    }

    /**
     * Registers a new request whose answer {@code answer} will carry. Returns null when the
     * request is new (the caller completes {@code answer} later), or the original's answer
     * future when it is a duplicate seen within the TTL.
     */
    public CompletableFuture<DiameterMessage> claim(String originHost, int endToEnd,
                                                    CompletableFuture<DiameterMessage> answer) {
        if (capacity == 0) {
            return null;
        }
        // toLowerCase returns the same String when nothing changes: no allocation for the usual host.
        String host = originHost.toLowerCase(Locale.ROOT);
        int hash = hash(host, endToEnd);
        long now = clock.getAsLong();
        synchronized (lock) {
            now = Math.max(now, newest); // a clock read just before another thread's: keeps the ring ordered
            newest = now;
            dropExpired(now);
            int slot = find(host, endToEnd, hash);
            if (slot >= 0) {
                @SuppressWarnings("unchecked")
                CompletableFuture<DiameterMessage> original = (CompletableFuture<DiameterMessage>) answers[slot];
                return original;
            }
            insert(shared(host), endToEnd, hash, answer, now);
        }
        return null;
    }

    /** Entries held now. */
    public int size() {
        synchronized (lock) {
            return size;
        }
    }

    private static int hash(String host, int endToEnd) {
        int h = (host.hashCode() * 31 + endToEnd) * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /** The ring slot holding (host, endToEnd), or -1. */
    private int find(String host, int endToEnd, int hash) {
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long e = index[i];
            if (e == 0) {
                return -1;
            }
            int slot = (int) e - 1;
            if ((int) (e >>> 32) == hash && endToEnds[slot] == endToEnd && hosts[slot].equals(host)) {
                return slot;
            }
        }
    }

    /** The host as last stored when equal to it: one String per peer held, not one per request. */
    private String shared(String host) {
        if (host.equals(lastHost)) {
            return lastHost;
        }
        lastHost = host;
        return host;
    }

    private void insert(String host, int endToEnd, int hash, CompletableFuture<DiameterMessage> answer, long now) {
        if (size == capacity) {
            dropEldest();
        }
        int slot = head;
        head = head + 1 == capacity ? 0 : head + 1;
        size++;
        hosts[slot] = host;
        endToEnds[slot] = endToEnd;
        created[slot] = now;
        answers[slot] = answer;
        int i = hash & mask;
        while (index[i] != 0) {
            i = (i + 1) & mask;
        }
        index[i] = ((long) hash << 32) | (slot + 1L);
    }

    /** Drops the entries past the TTL: all at the tail, since times only grow along the ring. */
    private void dropExpired(long now) {
        while (size > 0 && now - created[tail()] > ttlNanos) {
            dropEldest();
        }
    }

    private int tail() {
        int t = head - size;
        return t < 0 ? t + capacity : t;
    }

    private void dropEldest() {
        int slot = tail();
        unindex(positionOf(slot));
        hosts[slot] = null;
        answers[slot] = null; // the answer is no longer reachable from here
        size--;
    }

    /** The index position pointing at ring slot {@code slot}, which is indexed. */
    private int positionOf(int slot) {
        int hash = hash(hosts[slot], endToEnds[slot]);
        int i = hash & mask;
        while ((int) index[i] != slot + 1) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * Empties index position {@code hole} and moves later entries of its probe run back into
     * it where their own probe start allows (backward-shift deletion: no tombstones, so probe
     * runs stay as short as the load allows).
     */
    private void unindex(int hole) {
        for (int j = (hole + 1) & mask; index[j] != 0; j = (j + 1) & mask) {
            int home = (int) (index[j] >>> 32) & mask;
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                index[hole] = index[j];
                hole = j;
            }
        }
        index[hole] = 0;
    }
}
