package io.pcrfd.pcrf.gx;

import java.util.concurrent.atomic.LongAdder;

/**
 * Gx sessions ended without a CCR-T, by cause (README "Session hygiene"): evicted by a new
 * CCR-I for the same UE address, purged after a gateway restart, audited away after
 * {@code gx.inactivityTimeout} of silence, or expired in the store. Thread-safe; cheap to
 * increment from any thread.
 */
public final class SessionEndCounters {
    private final LongAdder evicted = new LongAdder();
    private final LongAdder purged = new LongAdder();
    private final LongAdder inactive = new LongAdder();
    private final LongAdder expired = new LongAdder();

    /** A consistent-enough copy of the counters. */
    public record Snapshot(long evicted, long purged, long inactive, long expired) {
    }

    public Snapshot snapshot() {
        return new Snapshot(evicted.sum(), purged.sum(), inactive.sum(), expired.sum());
    }

    void evicted() {
        evicted.increment();
    }

    void purged(int n) {
        purged.add(n);
    }

    void inactive(int n) {
        inactive.add(n);
    }

    void expired() {
        expired.increment();
    }
}
