package io.pcrfd.store.memory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Record keys filed by the second their record expires, so a sweep visits only records whose
 * deadline has come instead of scanning a whole map.
 *
 * <p>Filing is lazy: a key is filed once, when its record is created, and not again when the
 * record's deadline moves later (a counter renewed by every add). When its bucket comes due,
 * the owner looks at the record and either removes it (expired) or says where to file it now.
 * So an update costs nothing here, and a live record has one entry (a replaced record may
 * briefly have two; the stale one finds nothing to do). An entry costs one slot of an
 * {@link ArrayDeque} (4–8 bytes); a bucket (a tree node, a boxed second, a deque) is shared by
 * every record expiring in that second.
 *
 * <p>One short lock guards the tree: callers file and drain under it, but look at their records
 * outside it, so a sweep of many records never holds it for long.
 *
 * <p>Deadlines mostly arrive in time order (now plus a fixed retention), so most keys go to
 * the bucket the previous key went to: that bucket is remembered and filed into without a tree
 * lookup (and without boxing its second), until it is polled.
 */
final class DeadlineQueue<K> {
    private final TreeMap<Long, ArrayDeque<K>> buckets = new TreeMap<>();
    private int size;
    /** The bucket filed into last and its second; null once it has been polled. */
    private ArrayDeque<K> lastBucket;
    private long lastSecond;

    /** Files {@code key} under the second of {@code deadline}. */
    synchronized void add(K key, Instant deadline) {
        file(key, bucketOf(deadline));
    }

    private void file(K key, long second) {
        ArrayDeque<K> bucket = lastBucket;
        if (bucket == null || second != lastSecond) {
            bucket = buckets.computeIfAbsent(second, b -> new ArrayDeque<>(4));
            lastBucket = bucket;
            lastSecond = second;
        }
        bucket.add(key);
        size++;
    }

    /**
     * Visits every key filed in a bucket that has begun by {@code now}. {@code visit} removes
     * the record if it expired and returns null, or returns the (later) deadline of a record
     * that is still live, which is filed again; records it does not find return null too.
     */
    void drain(Instant now, Function<K, Instant> visit) {
        long nowSecond = bucketOf(now);
        List<K> refileKeys = new ArrayList<>();
        List<Long> refileAt = new ArrayList<>();
        for (ArrayDeque<K> due = pollDue(nowSecond); due != null; due = pollDue(nowSecond)) {
            for (K key : due) {
                Instant later = visit.apply(key);
                if (later != null) {
                    refileKeys.add(key);
                    refileAt.add(bucketOf(later));
                }
            }
        }
        // Filed after the loop: a record live until later in the current second would
        // otherwise land in a bucket that is due again at once.
        synchronized (this) {
            for (int i = 0; i < refileKeys.size(); i++) {
                file(refileKeys.get(i), refileAt.get(i));
            }
        }
    }

    /** A key taken from the queue and the second it was filed under. */
    record Filed<K>(K key, long second) {
    }

    /**
     * Takes the key filed under the earliest second (O(log n): the tree's first bucket), or null
     * when nothing is filed. Filing is lazy, so the key's record may since have moved later or be
     * gone: the caller looks and files it again if it keeps it.
     */
    synchronized Filed<K> pollFirst() {
        Map.Entry<Long, ArrayDeque<K>> first = buckets.firstEntry();
        if (first == null) {
            return null;
        }
        ArrayDeque<K> bucket = first.getValue();
        K key = bucket.poll();
        size--;
        if (bucket.isEmpty()) {
            buckets.pollFirstEntry();
            forget(bucket);
        }
        return new Filed<>(key, first.getKey());
    }

    /** Entries filed (live records plus stale entries not yet visited). */
    synchronized int size() {
        return size;
    }

    private synchronized ArrayDeque<K> pollDue(long nowSecond) {
        Map.Entry<Long, ArrayDeque<K>> first = buckets.firstEntry();
        if (first == null || first.getKey() > nowSecond) {
            return null;
        }
        buckets.pollFirstEntry();
        forget(first.getValue());
        size -= first.getValue().size();
        return first.getValue();
    }

    /** A bucket left the tree: nothing may be filed into it any more. */
    private void forget(ArrayDeque<K> bucket) {
        if (bucket == lastBucket) {
            lastBucket = null;
        }
    }

    private static long bucketOf(Instant t) {
        return t.getEpochSecond();
    }
}
