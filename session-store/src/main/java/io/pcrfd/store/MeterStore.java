package io.pcrfd.store;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Usage meters of a subscriber (fixed and mobile usage metered together, see pcrf-core's
 * {@code io.pcrfd.pcrf.metering}): named integer meters kept under one subscriber key, changed
 * only by atomic batches. A batch carries a report id (the reporting Session-Id and
 * CC-Request-Number): a batch whose id the subscriber's record has already seen changes nothing,
 * so a retransmitted report (RFC 6733 §5.5.4, T bit) counts once. The record remembers the last
 * {@link #SEEN_REPORTS} ids; a retransmission arrives within seconds (the peer's Tx timer), long
 * before that many newer reports of the same subscriber (at 32, racing writers on Redis already
 * let a late duplicate through in the contract test).
 *
 * <p>Meter names are the caller's; this store only adds. Two nodes, or the PCEF and the BPCF,
 * adding at once to the same subscriber lose nothing: the in-memory store changes the record
 * inside one {@code compute}, Redis runs one script.
 */
public interface MeterStore {

    /** How many report ids a subscriber's record remembers for duplicate detection. */
    int SEEN_REPORTS = 256;

    /**
     * Adds every delta of {@code deltas} to its meter (created at 0) unless {@code reportId} was
     * seen already; the record's expiry becomes {@code expiresAt}.
     *
     * @param reportId the report's identity; empty for a batch that is never a retransmission
     */
    CompletionStage<Applied> add(String subscriber, String reportId, Map<String, Long> deltas, Instant expiresAt);

    /** Every meter of {@code subscriber}; empty when none or expired. */
    CompletionStage<Map<String, Long>> get(String subscriber);

    /** Removes the meters whose name starts with {@code namePrefix} ("" for all); returns how many. */
    CompletionStage<Integer> reset(String subscriber, String namePrefix);

    /**
     * The outcome of {@link #add}.
     *
     * @param applied false when the report id had been seen (nothing changed)
     * @param meters  every meter of the subscriber after the batch
     */
    record Applied(boolean applied, Map<String, Long> meters) {
        public Applied {
            meters = Map.copyOf(meters);
        }
    }
}
