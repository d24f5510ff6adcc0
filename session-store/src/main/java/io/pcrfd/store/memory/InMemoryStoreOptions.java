package io.pcrfd.store.memory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of the in-memory store.
 *
 * @param snapshotFile  where to write the snapshot on {@link InMemoryStore#close()} and read it
 *                      at {@link InMemoryStore#open}; empty for none
 * @param sweepInterval how often expired records are removed by a background thread; zero for
 *                      never (tests call {@link InMemoryStore#sweep()} themselves). Expired
 *                      records are invisible to reads either way; sweeping frees the memory.
 * @param closedMaxEntries at most this many closed session contexts are kept; past it the ones
 *                      whose retention ends first are dropped at once (see
 *                      {@link #DEFAULT_CLOSED_MAX_ENTRIES})
 * @param closedPerSubscriber at most this many closed session contexts are kept per trafficId
 *                      (at least 1); past it the subscriber's context updated longest ago is
 *                      dropped at once (see {@link #DEFAULT_CLOSED_PER_SUBSCRIBER})
 * @param usageMaxEntries at most this many usage totals (owner and Monitoring-Key) are kept, at
 *                      least {@link #MIN_USAGE_MAX_ENTRIES}; past it a new key evicts the totals
 *                      updated about longest ago (see {@link #DEFAULT_USAGE_MAX_ENTRIES})
 * @param meterMaxSubscribers at most this many subscribers' metering meters are kept, at least 1;
 *                      past it a new subscriber evicts the meters whose metering period ends
 *                      first, which restart from zero (see {@link #DEFAULT_METER_MAX_SUBSCRIBERS})
 */
public record InMemoryStoreOptions(Optional<Path> snapshotFile, Duration sweepInterval, int closedMaxEntries,
                                   int closedPerSubscriber, int usageMaxEntries, int meterMaxSubscribers) {

    public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofSeconds(10);

    /**
     * 100,000 closed contexts: about 30 MiB of heap at the ~300 bytes each measured through the
     * Gx service (3 % of a 1 GiB heap); that holds a whole 24 h retention up to about one
     * session ending per second, and the most recent 100,000 above that.
     */
    public static final int DEFAULT_CLOSED_MAX_ENTRIES = 100_000;

    /**
     * 32 closed contexts per subscriber: a day of a phone's PDN connections on a few APNs, and
     * a page of the exposure API; one test UE closing sessions in a loop keeps its last 32
     * instead of taking the whole cap, and a close walks at most 32 entries.
     */
    public static final int DEFAULT_CLOSED_PER_SUBSCRIBER = 32;

    /**
     * 1,000,000 usage totals: 85 MB of heap at the bound (each of the 64 segments holds 15,625 in
     * arrays with room for 16,383: 1.31 MB; measured 85.3 B per entry), 8 % of a 1 GiB heap. That is
     * a million subscribers each reporting one Monitoring-Key within the 31-day retention, and
     * under a load of a fresh subscriber per session the last million (about 9 s at 115,000
     * sessions/s) instead of a heap that fills.
     */
    public static final int DEFAULT_USAGE_MAX_ENTRIES = 1_000_000;

    /** 64: one entry for each segment of the usage table, the least that bounds every segment. */
    public static final int MIN_USAGE_MAX_ENTRIES = 64;

    /**
     * 1,000,000 subscribers' meters: a metering policy that meters every subscriber of a large
     * network, and under a load of a fresh subscriber per session the last million instead of a
     * heap that fills. A record's heap grows with its meters and the report ids it keeps (not
     * measured here); lower the bound on a small heap.
     */
    public static final int DEFAULT_METER_MAX_SUBSCRIBERS = 1_000_000;

    /** No snapshot, sweeping every {@link #DEFAULT_SWEEP_INTERVAL}, the default caps. */
    public static final InMemoryStoreOptions DEFAULTS =
            new InMemoryStoreOptions(Optional.empty(), DEFAULT_SWEEP_INTERVAL, DEFAULT_CLOSED_MAX_ENTRIES,
                    DEFAULT_CLOSED_PER_SUBSCRIBER, DEFAULT_USAGE_MAX_ENTRIES, DEFAULT_METER_MAX_SUBSCRIBERS);

    public InMemoryStoreOptions {
        Objects.requireNonNull(snapshotFile, "snapshotFile");
        Objects.requireNonNull(sweepInterval, "sweepInterval");
        if (sweepInterval.isNegative()) {
            throw new IllegalArgumentException("sweepInterval must not be negative");
        }
        if (closedMaxEntries < 0) {
            throw new IllegalArgumentException("closedMaxEntries must not be negative: " + closedMaxEntries);
        }
        if (closedPerSubscriber < 1) {
            throw new IllegalArgumentException("closedPerSubscriber must be at least 1: " + closedPerSubscriber);
        }
        if (usageMaxEntries < MIN_USAGE_MAX_ENTRIES) {
            throw new IllegalArgumentException("usageMaxEntries must be at least " + MIN_USAGE_MAX_ENTRIES + ": "
                    + usageMaxEntries);
        }
        if (meterMaxSubscribers < 1) {
            throw new IllegalArgumentException("meterMaxSubscribers must be at least 1: " + meterMaxSubscribers);
        }
    }

    /** Options with the default bound per subscriber, on usage totals and on meters. */
    public InMemoryStoreOptions(Optional<Path> snapshotFile, Duration sweepInterval, int closedMaxEntries) {
        this(snapshotFile, sweepInterval, closedMaxEntries, DEFAULT_CLOSED_PER_SUBSCRIBER, DEFAULT_USAGE_MAX_ENTRIES,
                DEFAULT_METER_MAX_SUBSCRIBERS);
    }

    /** Options with the default caps and bound. */
    public InMemoryStoreOptions(Optional<Path> snapshotFile, Duration sweepInterval) {
        this(snapshotFile, sweepInterval, DEFAULT_CLOSED_MAX_ENTRIES);
    }

    public InMemoryStoreOptions withSnapshotFile(Path file) {
        return new InMemoryStoreOptions(Optional.of(file), sweepInterval, closedMaxEntries, closedPerSubscriber,
                usageMaxEntries, meterMaxSubscribers);
    }

    public InMemoryStoreOptions withSweepInterval(Duration interval) {
        return new InMemoryStoreOptions(snapshotFile, interval, closedMaxEntries, closedPerSubscriber,
                usageMaxEntries, meterMaxSubscribers);
    }

    public InMemoryStoreOptions withClosedMaxEntries(int max) {
        return new InMemoryStoreOptions(snapshotFile, sweepInterval, max, closedPerSubscriber, usageMaxEntries,
                meterMaxSubscribers);
    }

    public InMemoryStoreOptions withClosedPerSubscriber(int max) {
        return new InMemoryStoreOptions(snapshotFile, sweepInterval, closedMaxEntries, max, usageMaxEntries,
                meterMaxSubscribers);
    }

    public InMemoryStoreOptions withUsageMaxEntries(int max) {
        return new InMemoryStoreOptions(snapshotFile, sweepInterval, closedMaxEntries, closedPerSubscriber, max,
                meterMaxSubscribers);
    }

    public InMemoryStoreOptions withMeterMaxSubscribers(int max) {
        return new InMemoryStoreOptions(snapshotFile, sweepInterval, closedMaxEntries, closedPerSubscriber,
                usageMaxEntries, max);
    }
}
