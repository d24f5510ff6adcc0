package io.pcrfd.store;

import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Running usage per owner and Monitoring-Key (TS 29.212 §4.5.16: the PCRF accumulates the used
 * units the PCEF reports): one entry per {@link UsageKey} holding its four totals, changed by
 * one atomic add per report. Two nodes, or two sessions of one subscriber, reporting at once
 * lose nothing: the in-memory store adds under the lock of the table segment holding the key,
 * Redis runs one script on one hash.
 *
 * <p>An entry's retention is refreshed by every add (its expiry becomes the one the add gives);
 * an expired entry reads as {@link UsageTotals#NONE} and the next add starts it from zero.
 *
 * <p>A store that answers from its own memory also offers {@link #immediate()}: the same
 * operations returning their result directly, for callers on a per-request path that would
 * otherwise allocate a completed stage per call only to read it at once.
 */
public interface UsageStore {

    /**
     * Adds one report's figures to the totals of {@code key} (created at zero if absent or
     * expired) and returns the totals after the add; their expiry becomes {@code expiresAtMillis}.
     * A total past {@code Long.MAX_VALUE} (some 9.2 exabytes) fails the stage: in memory with
     * {@link ArithmeticException}, changing nothing; Redis refuses the HINCRBY.
     */
    CompletionStage<UsageTotals> add(UsageKey key, long totalOctets, long inputOctets, long outputOctets,
                                     long seconds, long expiresAtMillis);

    /** The totals of {@code key}; {@link UsageTotals#NONE} when absent or expired. */
    CompletionStage<UsageTotals> get(UsageKey key);

    /** Removes the entry and returns the totals it had ({@link UsageTotals#NONE} when absent or expired). */
    CompletionStage<UsageTotals> reset(UsageKey key);

    /**
     * This store's synchronous form when every call completes before it returns (the in-memory
     * store); empty when calls complete later (Redis), and then only the stages answer. Asked once,
     * by a caller that keeps the answer.
     */
    default Optional<Immediate> immediate() {
        return Optional.empty();
    }

    /**
     * The operations of a store that answers at once, returning their result instead of a
     * completed stage. Failures are thrown (the exceptions the stages would fail with).
     */
    interface Immediate {

        /** As {@link UsageStore#add}, returning the totals after the add. */
        UsageTotals addNow(UsageKey key, long totalOctets, long inputOctets, long outputOctets, long seconds,
                        long expiresAtMillis);

        /** As {@link UsageStore#get}. */
        UsageTotals getNow(UsageKey key);
    }
}
