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
 *  ring (insertion order)                                    buckets (hash of host and End-to-End id)
 *  tail ─► [ host id | e2e | created | bucket | next ] ◄─ newest slot + 1 of the bucket's chain
 *          [ host id | e2e | created | bucket | next ]    next: the chain's older slot + 1, 0 at its end
 *  head ─► (next slot written)
 *  answers: one array of 256 per 256 ring slots, allocated anew each time the head enters it
 * </pre>
 *
 * The ring's order is the insertion order, so the eldest entry is always at the tail and
 * dropping it (beyond the size, or past the TTL) is O(1): no walk over entries, no node per
 * entry; it is the last of its (short) chain. Entry times are kept non-decreasing along the
 * ring, so every expired entry is at the tail. A peer numbers its End-to-End ids upwards
 * (RFC 6733 §3), so its requests fill consecutive buckets and consecutive ring slots: inserting
 * and dropping touch memory that is already in cache. Hosts are held lower-cased (RFC 6733
 * §4.3.1: DiameterIdentity compares case-insensitively) as small ids ({@link HostIds}), so the
 * ring holds no String per request and compares ints.
 *
 * <p>No claim stores a reference into a long-lived array: with G1 every such store of a young
 * object (the answer future, a request's host String) runs the post-write barrier's fence and
 * dirties a card that the next young collection scans. Host ids are ints, and the answers go
 * into an array of 256 allocated when the head enters its part of the ring (young, so its
 * stores need no fence), one reference store into the long-lived table per 256 claims. The
 * ring has 256 slots more than the size, so the part the head enters holds no live entry.
 *
 * <p>Connections on different event loops share one cache, since a retransmission may arrive
 * on another connection after a failover (RFC 6733 §5.5.4). One lock guards it, held only for
 * the chain walk and the array writes; lower-casing, hashing and reading the clock happen
 * before. At tens of nanoseconds per hold against microseconds of handling per request, the
 * lock is rarely contended, and one lock keeps the size bound and the eviction order exact,
 * where striping would make both per stripe (see BENCHMARKS.md, "Peer layer"). The ring is
 * allocated at construction: about 36 bytes per entry of the size.
 */
public final class DuplicateCache {
    /** Answers per part of the ring: 2^8. */
    private static final int PART_BITS = 8;
    private static final int PART = 1 << PART_BITS;

    private final int capacity;
    /** Ring slots: the size rounded up to a whole part, plus one part that the head enters free. */
    private final int slots;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final Object lock = new Object();
    private final HostIds hostIds = new HostIds();
    /** Per ring slot: the host's id, or {@link HostIds#NONE} for a host held in {@link #overflow}. */
    private final int[] hosts;
    private final int[] endToEnds;
    private final long[] created;
    /** Per ring slot: its bucket, so that dropping it needs no hashing. */
    private final int[] bucketOf;
    /** Per ring slot: the slot + 1 of the next (older) entry in its bucket's chain; 0 ends it. */
    private final int[] next;
    /** Per part of the ring: its answers. */
    private final CompletableFuture<?>[][] answers;
    /** Per bucket: the slot + 1 of its newest entry; 0 when empty. */
    private final int[] buckets;
    private final int mask;
    /** Per ring slot, made at the first host beyond {@link HostIds#MAX_HOSTS}: that host. */
    private String[] overflow;
    private int head;
    private int size;
    private long newest = Long.MIN_VALUE;

    public DuplicateCache(int maxSize, java.time.Duration ttl) {
        this(maxSize, ttl.toNanos(), System::nanoTime);
    }

    DuplicateCache(int maxSize, long ttlNanos, LongSupplier clock) {
        if (maxSize < 0 || maxSize > 1 << 28) {
            throw new IllegalArgumentException("duplicate cache size out of range: " + maxSize);
        }
        this.capacity = maxSize;
        this.slots = maxSize == 0 ? 0 : ((maxSize + PART - 1) & -PART) + PART;
        this.ttlNanos = ttlNanos;
        this.clock = clock;
        this.hosts = new int[slots];
        this.endToEnds = new int[slots];
        this.created = new long[slots];
        this.bucketOf = new int[slots];
        this.next = new int[slots];
        this.answers = new CompletableFuture<?>[slots >> PART_BITS][];
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
        return claimLowerCase(originHost.toLowerCase(Locale.ROOT), endToEnd, answer);
    }

    /**
     * As {@link #claim}, for an Origin-Host the caller has already put in lower case (a
     * connection does it once per host it sees, not once per request).
     */
    public CompletableFuture<DiameterMessage> claimLowerCase(String host, int endToEnd,
                                                             CompletableFuture<DiameterMessage> answer) {
        return capacity == 0 ? null : claimLowerCase(host, endToEnd, answer, clock.getAsLong());
    }

    /**
     * As {@link #claimLowerCase(String, int, CompletableFuture)}, at {@code nowNanos} on this
     * cache's clock ({@link System#nanoTime()} for a cache made with a TTL), which the caller
     * read already: a connection reads the clock once per read batch, and an entry's time only
     * bounds its life (TTL of seconds), so the batch's time will do.
     */
    CompletableFuture<DiameterMessage> claimLowerCase(String host, int endToEnd,
                                                      CompletableFuture<DiameterMessage> answer, long nowNanos) {
        if (capacity == 0) {
            return null;
        }
        int bucket = bucket(host, endToEnd);
        long now = nowNanos;
        synchronized (lock) {
            now = Math.max(now, newest); // a clock read just before another thread's: keeps the ring ordered
            newest = now;
            dropExpired(now);
            int id = hostIds.idOf(host);
            int slot = find(id, host, endToEnd, bucket);
            if (slot >= 0) {
                @SuppressWarnings("unchecked")
                CompletableFuture<DiameterMessage> original =
                        (CompletableFuture<DiameterMessage>) answers[slot >> PART_BITS][slot & (PART - 1)];
                return original;
            }
            insert(id, host, endToEnd, bucket, answer, now);
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
    private int find(int id, String host, int endToEnd, int bucket) {
        for (int p = buckets[bucket]; p != 0; p = next[p - 1]) {
            int slot = p - 1;
            if (endToEnds[slot] == endToEnd && hosts[slot] == id
                    && (id != HostIds.NONE || overflow[slot].equals(host))) {
                return slot;
            }
        }
        return -1;
    }

    private void insert(int id, String host, int endToEnd, int bucket, CompletableFuture<DiameterMessage> answer,
                        long now) {
        if (size == capacity) {
            dropEldest();
        }
        int slot = head;
        head = head + 1 == slots ? 0 : head + 1;
        size++;
        hosts[slot] = id;
        if (id == HostIds.NONE) {
            overflowed()[slot] = host;
        }
        endToEnds[slot] = endToEnd;
        created[slot] = now;
        bucketOf[slot] = bucket;
        next[slot] = buckets[bucket];
        buckets[bucket] = slot + 1;
        answerPart(slot)[slot & (PART - 1)] = answer;
    }

    /**
     * The answers of the part holding {@code slot}, a new (young) array when the head enters the
     * part: every slot of it is free then, since the ring has a part more than the size.
     */
    private CompletableFuture<?>[] answerPart(int slot) {
        int part = slot >> PART_BITS;
        if ((slot & (PART - 1)) == 0 || answers[part] == null) {
            answers[part] = new CompletableFuture<?>[PART];
        }
        return answers[part];
    }

    private String[] overflowed() {
        if (overflow == null) {
            overflow = new String[slots];
        }
        return overflow;
    }

    /** Drops the entries past the TTL: all at the tail, since times only grow along the ring. */
    private void dropExpired(long now) {
        while (size > 0 && now - created[tail()] > ttlNanos) {
            dropEldest();
        }
    }

    private int tail() {
        int t = head - size;
        return t < 0 ? t + slots : t;
    }

    private void dropEldest() {
        int slot = tail();
        unlink(bucketOf[slot], slot);
        answers[slot >> PART_BITS][slot & (PART - 1)] = null; // the answer is no longer reachable from here
        if (overflow != null) {
            overflow[slot] = null;
        }
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
