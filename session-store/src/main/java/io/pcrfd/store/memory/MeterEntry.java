package io.pcrfd.store.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A subscriber's meters, the report ids last seen (oldest first) and the expiry, as snapshots
 * keep them (the format is unchanged since meters were added); in memory a {@link MeterRecord}
 * holds them.
 */
record MeterEntry(String subscriber, Map<String, Long> meters, List<String> seen, Instant expiresAt) {
    MeterEntry {
        meters = Map.copyOf(meters);
        seen = seen == null ? List.of() : List.copyOf(seen);
    }
}
