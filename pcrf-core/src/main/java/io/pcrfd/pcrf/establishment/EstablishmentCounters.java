package io.pcrfd.pcrf.establishment;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of the establishment procedure, for logs, metrics and tests. Thread-safe; cheap to
 * increment from any event loop.
 */
public final class EstablishmentCounters {
    private final LongAdder sent = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder suppressed = new LongAdder();
    private final LongAdder matched = new LongAdder();
    private final LongAdder failedTimeout = new LongAdder();
    private final LongAdder failedRejected = new LongAdder();
    private final LongAdder unmatchedRequests = new LongAdder();

    /** A consistent-enough copy of the counters. */
    public record Snapshot(long sent, long retried, long suppressed, long matched, long failedTimeout,
                           long failedRejected, long unmatchedRequests) {
    }

    public Snapshot snapshot() {
        return new Snapshot(sent.sum(), retried.sum(), suppressed.sum(), matched.sum(), failedTimeout.sum(),
                failedRejected.sum(), unmatchedRequests.sum());
    }

    void sent() {
        sent.increment();
    }

    void retried() {
        retried.increment();
    }

    void suppressed() {
        suppressed.increment();
    }

    /** A peer's CCR-I matched a pending trigger. */
    public void matched() {
        matched.increment();
    }

    void failedTimeout() {
        failedTimeout.increment();
    }

    void failedRejected() {
        failedRejected.increment();
    }

    /** A peer's CCR-I matched no trigger. */
    public void unmatched() {
        unmatchedRequests.increment();
    }
}
