package io.pcrfd.store.memory;

/**
 * The store's index of closed contexts by trafficId: a fixed table of bucket heads, each the
 * chain ({@link ClosedChain}) of the contexts whose trafficId hashes to it, guarded by one of
 * {@value #STRIPES} locks (bucket number modulo the stripes). It replaces a
 * {@code ConcurrentHashMap} of trafficId to chain, which on a close of a fresh subscriber at
 * the cap inserted one key and removed another: two changes of the map's size counter, which
 * both event loops share, a map node per held context, and a capturing lambda per call. Here a
 * close writes one array slot and allocates nothing.
 *
 * <p>The table never grows: the held contexts are at most the cap ({@code closedMaxEntries}),
 * so a table of the next power of two at or above twice the cap (at least 16, at most 2^22
 * buckets; 262,144 buckets, 1 MiB, at the default 100,000, as large as the map's table was)
 * keeps at most about 0.4 contexts per bucket, and most closes of a fresh subscriber find
 * their bucket empty. Readers take the bucket's lock too (reads are rare: the exposure API, a
 * snapshot), so a chain's links need no volatile write.
 */
final class ClosedIndex {
    static final int STRIPES = 256;
    private static final int MIN_BUCKETS = 16;
    private static final int MAX_BUCKETS = 1 << 22;

    private final ClosedEntry[] heads;
    /** 32 minus the bucket count's power of two: a bucket is a hash's top bits. */
    private final int shift;
    private final Object[] locks = new Object[STRIPES];

    ClosedIndex(int maxEntries) {
        int n = (int) Math.max(MIN_BUCKETS, Math.min(MAX_BUCKETS, 2L * maxEntries));
        heads = new ClosedEntry[Integer.highestOneBit(n - 1) << 1];
        shift = Integer.numberOfLeadingZeros(heads.length) + 1;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** The bucket of a trafficId hashing to {@code hash} ({@link SubscriberBits#hash}): its top bits. */
    int bucket(int hash) {
        return hash >>> shift;
    }

    /** The lock guarding {@code bucket}. */
    Object lock(int bucket) {
        return locks[bucket & (STRIPES - 1)];
    }

    /** The head of {@code bucket}'s chain; under its lock. */
    ClosedEntry head(int bucket) {
        return heads[bucket];
    }

    /** Sets the head of {@code bucket}'s chain; under its lock. */
    void head(int bucket, ClosedEntry head) {
        heads[bucket] = head;
    }

    int buckets() {
        return heads.length;
    }
}
