package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.DiameterMessage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Duplicate request detection (RFC 6733 §3, §6.1.1): requests are keyed by (Origin-Host,
 * End-to-End id); a duplicate gets the same answer as the original (only the Hop-by-Hop id
 * differs) and is never handed to the application again. A duplicate that arrives while the
 * original is still being handled waits for the same answer.
 *
 * <p>Bounded in size and time: entries older than the TTL, and the oldest entries beyond the
 * size, are dropped on insertion. Connections on different event loops share one cache, since
 * a retransmission may arrive on another connection after a failover, so it is guarded by one
 * lock held for a map lookup and insert: cheaper per request than the lock-free map plus
 * lock-free insertion-order queue it replaced (two structures, two nodes and their atomics),
 * and rarely contended at that hold time (see BENCHMARKS.md, "Peer layer").
 */
public final class DuplicateCache {
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>();
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
        // toLowerCase returns the same String when nothing changes: no allocation for the usual host.
        Key key = new Key(originHost.toLowerCase(Locale.ROOT), endToEnd);
        long now = clock.getAsLong();
        synchronized (entries) {
            Entry existing = entries.get(key);
            if (existing != null && now - existing.createdNanos() <= ttlNanos) {
                return existing.answer();
            }
            if (existing != null) {
                entries.remove(key); // re-inserted below at the young end
            }
            entries.put(key, new Entry(answer, now));
            evict(now);
        }
        return null;
    }

    /** Drops expired entries and those beyond the size, oldest first; under the lock. */
    private void evict(long now) {
        Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Entry oldest = it.next().getValue();
            if (entries.size() <= maxSize && now - oldest.createdNanos() <= ttlNanos) {
                return;
            }
            it.remove();
        }
    }

    /** Entries held now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
