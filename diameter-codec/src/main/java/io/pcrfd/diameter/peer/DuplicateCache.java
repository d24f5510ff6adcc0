package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.DiameterMessage;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

/**
 * Duplicate request detection (RFC 6733 §3, §6.1.1): requests are keyed by (Origin-Host,
 * End-to-End id); a duplicate gets the same answer as the original (only the Hop-by-Hop id
 * differs) and is never handed to the application again. A duplicate that arrives while the
 * original is still being handled waits for the same answer.
 *
 * <p>Bounded in size and time: entries older than the TTL, and the oldest entries beyond the
 * size, are dropped on insertion. Thread-safe without locks: connections on different event
 * loops share one cache, since a retransmission may arrive on another connection after a
 * failover.
 */
public final class DuplicateCache {
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Queue<Key> order = new ConcurrentLinkedQueue<>();
    private final int maxSize;
    private final long ttlNanos;
    private final LongSupplier clock;

    /** (Origin-Host, End-to-End id); the host compares case-insensitively (RFC 6733 §4.3.1). */
    record Key(String originHost, int endToEnd) {
    }

    private record Entry(CompletableFuture<DiameterMessage> answer, long createdNanos) {
    }

    public DuplicateCache(int maxSize, java.time.Duration ttl) {
        this(maxSize, ttl.toNanos(), System::nanoTime);
    }

    DuplicateCache(int maxSize, long ttlNanos, LongSupplier clock) {
        this.maxSize = maxSize;
        this.ttlNanos = ttlNanos;
        this.clock = clock;
    }

    /**
     * Registers a new request whose answer {@code answer} will carry. Returns null when the
     * request is new (the caller completes {@code answer} later), or the original's answer
     * future when it is a duplicate seen within the TTL.
     */
    public CompletableFuture<DiameterMessage> claim(String originHost, int endToEnd,
                                                    CompletableFuture<DiameterMessage> answer) {
        if (maxSize == 0) {
            return null;
        }
        Key key = new Key(originHost.toLowerCase(java.util.Locale.ROOT), endToEnd);
        long now = clock.getAsLong();
        Entry fresh = new Entry(answer, now);
        Entry existing = entries.putIfAbsent(key, fresh);
        if (existing != null && now - existing.createdNanos() <= ttlNanos) {
            return existing.answer();
        }
        if (existing != null) {
            entries.put(key, fresh);
        }
        order.add(key);
        evict(now);
        return null;
    }

    private void evict(long now) {
        while (true) {
            Key head = order.peek();
            if (head == null) {
                return;
            }
            Entry e = entries.get(head);
            boolean expired = e == null || now - e.createdNanos() > ttlNanos;
            if (!expired && entries.size() <= maxSize) {
                return;
            }
            Key polled = order.poll();
            if (polled != null) {
                Entry victim = entries.get(polled);
                if (victim != null && (expired || entries.size() > maxSize)) {
                    entries.remove(polled, victim);
                }
            }
        }
    }

    /** Entries held now. */
    public int size() {
        return entries.size();
    }
}
