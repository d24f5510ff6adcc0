package io.pcrfd.store.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A subscriber's meters as kept in memory: the meter values and expiry, replaced as one
 * immutable {@link Values} per batch and read without a lock, and the report ids seen
 * ({@link SeenReports}), changed in place. Every change happens inside the map's
 * {@code compute} for the subscriber, so a batch and its duplicate check are one step and
 * concurrent batches lose nothing. {@link MeterEntry} is its form in snapshots.
 */
final class MeterRecord {
    /** The meters (immutable) and the expiry. */
    record Values(Map<String, Long> meters, Instant expiresAt) {
    }

    private final String subscriber;
    private final SeenReports seen;
    private volatile Values values;

    private MeterRecord(String subscriber, SeenReports seen, Values values) {
        this.subscriber = subscriber;
        this.seen = seen;
        this.values = values;
    }

    static MeterRecord empty(String subscriber, Instant expiresAt) {
        return new MeterRecord(subscriber, new SeenReports(), new Values(Map.of(), expiresAt));
    }

    static MeterRecord of(MeterEntry e) {
        return new MeterRecord(e.subscriber(), SeenReports.of(e.seen()), new Values(e.meters(), e.expiresAt()));
    }

    Values values() {
        return values;
    }

    boolean live(Instant now) {
        return values.expiresAt().isAfter(now);
    }

    boolean seen(String reportId) {
        return seen.contains(reportId);
    }

    /** Adds {@code deltas} and remembers {@code reportId} (none when empty); inside compute only. */
    void add(String reportId, Map<String, Long> deltas, Instant expiresAt) {
        Map<String, Long> next = new HashMap<>(values.meters());
        deltas.forEach((name, d) -> next.merge(name, d, Math::addExact));
        if (!reportId.isEmpty()) {
            seen.add(reportId);
        }
        values = new Values(Map.copyOf(next), expiresAt);
    }

    /** Removes the meters whose name starts with {@code namePrefix}; returns how many. Inside compute only. */
    int reset(String namePrefix) {
        Map<String, Long> kept = new HashMap<>(values.meters());
        kept.keySet().removeIf(n -> n.startsWith(namePrefix));
        int removed = values.meters().size() - kept.size();
        values = new Values(Map.copyOf(kept), values.expiresAt());
        return removed;
    }

    /** The snapshot form; inside compute only (the seen ids are read). */
    MeterEntry entry() {
        Values v = values;
        return new MeterEntry(subscriber, v.meters(), seen.oldestFirst(), v.expiresAt());
    }
}
