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
 *  ring (size slots, insertion order)                 buckets (hash of host and End-to-End id)
 *  tail ─► [ host | e2e | created | answer | next ] ◄─ newest slot + 1 of the bucket's chain
 *          [ host | e2e | created | answer | next ]    next: the chain's older slot + 1, 0 at its end
 *  head ─► (next slot written: the eldest, dropped first when the ring is full)
 * </pre>
 *
 * The ring's order is the insertion order, so the eldest entry is always at the tail and
 * dropping it (beyond the size, or past the TTL) is O(1): no walk over entries, no node per
 * entry; it is the last of its (short) chain. Entry times are kept non-decreasing along the
 * ring, so every expired entry is at the tail. A peer numbers its End-to-End ids upwards
 * (RFC 6733 §3), so its requests fill consecutive buckets and consecutive ring slots: inserting
 * and dropping touch memory that is already in cache. Hosts are held lower-cased (RFC 6733
 * §4.3.1: DiameterIdentity compares case-insensitively) and the last host seen is shared, so
 * the ring holds one String per peer, not one per request.
 *
 * <p>Connections on different event loops share one cache, since a retransmission may arrive
 * on another connection after a failover (RFC 6733 §5.5.4). One lock guards it, held only for
 * the chain walk and the array writes; lower-casing, hashing and reading the clock happen
 * before. At tens of nanoseconds per hold against microseconds of handling per request, the
 * lock is rarely contended, and one lock keeps the size bound and the eviction order exact,
 * where striping would make both per stripe (see BENCHMARKS.md, "Peer layer"). The arrays
 * are allocated at construction: about 32 bytes per entry of the size.
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
    /** Per ring slot: the slot + 1 of the next (older) entry in its bucket's chain; 0 ends it. */
    private final int[] next;
    /** Per bucket: the slot + 1 of its newest entry; 0 when empty. */
    private final int[] buckets;
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
        this.next = new int[maxSize];
        this.buckets = new int[maxSize == 0 ? 1 : Integer.highestOneBit(maxSize * 2 - 1) << 1];
        this.mask = buckets.length - 1;
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
        int bucket = bucket(host, endToEnd);
        long now = clock.getAsLong();
        synchronized (lock) {
            now = Math.max(now, newest); // a clock read just before another thread's: keeps the ring ordered
            newest = now;
            dropExpired(now);
            int slot = find(host, endToEnd, bucket);
            if (slot >= 0) {
                @SuppressWarnings("unchecked")
                CompletableFuture<DiameterMessage> original = (CompletableFuture<DiameterMessage>) answers[slot];
                return original;
            }
            insert(shared(host), endToEnd, bucket, answer, now);
        }
        return null;
    }

    /** Entries held now. */
    public int size() {
        synchronized (lock) {
            return size;
        }
    }

    /**
     * The bucket: a peer's consecutive End-to-End ids take consecutive buckets from a base that
     * depends on the host; the id's high bits folded into the low ones spread ids that step by a
     * power of two.
     */
    private int bucket(String host, int endToEnd) {
        return (host.hashCode() * 0x9E3779B9 + (endToEnd ^ (endToEnd >>> 15))) & mask;
    }

    /** The ring slot holding (host, endToEnd), or -1. */
    private int find(String host, int endToEnd, int bucket) {
        for (int p = buckets[bucket]; p != 0; p = next[p - 1]) {
            int slot = p - 1;
            if (endToEnds[slot] == endToEnd && hosts[slot].equals(host)) {
                return slot;
            }
        }
        return -1;
    }

    /** The host as last stored when equal to it: one String per peer held, not one per request. */
    private String shared(String host) {
        if (host.equals(lastHost)) {
            return lastHost;
        }
        lastHost = host;
        return host;
    }

    private void insert(String host, int endToEnd, int bucket, CompletableFuture<DiameterMessage> answer,
                        long now) {
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
        next[slot] = buckets[bucket];
        buckets[bucket] = slot + 1;
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
        unlink(bucket(hosts[slot], endToEnds[slot]), slot);
        hosts[slot] = null;
        answers[slot] = null; // the answer is no longer reachable from here
        size--;
    }

    /** Takes ring slot {@code slot} out of its bucket's chain, where it is the last (the oldest). */
    private void unlink(int bucket, int slot) {
        int p = buckets[bucket];
        if (p == slot + 1) {
            buckets[bucket] = next[slot];
            return;
        }
        while (next[p - 1] != slot + 1) {
            p = next[p - 1];
        }
        next[p - 1] = next[slot];
    }
}
