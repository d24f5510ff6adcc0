package io.pcrfd.store.memory;

import io.pcrfd.store.MeterStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last {@link MeterStore#SEEN_REPORTS} report ids of one subscriber's meters: a ring of the
 * ids in arrival order (the oldest is overwritten) and a hash set of the same ids for the
 * duplicate check. A report costs one set lookup, and when new one set insertion, one ring slot
 * and, once full, one set removal: nothing is copied per report. The ring grows by doubling up
 * to its bound, so a subscriber with few reports holds a small array.
 *
 * <p>Not thread-safe: the owning {@link MeterRecord} is only changed inside the map's
 * {@code compute} for its key, which serialises every add of one subscriber.
 */
final class SeenReports {
    private static final int FIRST_CAPACITY = 8;

    private String[] ring = new String[FIRST_CAPACITY];
    /** How many slots hold an id (at most the bound). */
    private int size;
    /** Once full, the slot of the oldest id (the next to be overwritten). */
    private int oldest;
    private final Set<String> ids = new HashSet<>();

    boolean contains(String reportId) {
        return ids.contains(reportId);
    }

    /** Remembers {@code reportId} (not seen yet), forgetting the oldest id past the bound. */
    void add(String reportId) {
        if (!ids.add(reportId)) {
            return;
        }
        if (size < MeterStore.SEEN_REPORTS) {
            if (size == ring.length) {
                ring = java.util.Arrays.copyOf(ring, Math.min(ring.length * 2, MeterStore.SEEN_REPORTS));
            }
            ring[size++] = reportId;
            return;
        }
        ids.remove(ring[oldest]);
        ring[oldest] = reportId;
        oldest = (oldest + 1) % MeterStore.SEEN_REPORTS;
    }

    /** The ids, oldest first (as snapshots keep them). */
    List<String> oldestFirst() {
        List<String> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(ring[(oldest + i) % size]);
        }
        return out;
    }

    /** The ids of {@code oldestFirst} in that order, the last {@link MeterStore#SEEN_REPORTS} of them kept. */
    static SeenReports of(List<String> oldestFirst) {
        SeenReports s = new SeenReports();
        oldestFirst.forEach(s::add);
        return s;
    }
}
