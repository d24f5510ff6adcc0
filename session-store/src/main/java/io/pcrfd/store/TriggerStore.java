package io.pcrfd.store;

import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerIdentification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Pending reverse-initiated establishment triggers (TS 29.215 §A.6.1.1.1). At most one
 * PENDING trigger exists per local IP ({@link TriggerIdentification#localIp()}), so no second
 * trigger is sent while one is pending.
 */
public interface TriggerStore {

    /**
     * Stores the trigger (version 1) unless its id exists or a PENDING trigger holds the same
     * local IP; then that one is returned as {@link Claim.Held}.
     */
    CompletionStage<Claim<PendingTrigger>> createIfAbsent(PendingTrigger trigger);

    CompletionStage<Optional<PendingTrigger>> get(String triggerId);

    /**
     * The PENDING trigger a peer's CCR-I answers: matched by the first field of {@code probe}
     * that is set, in the order assigned id, UE local IP, H(e)NB local IP, IMSI + APN.
     */
    CompletionStage<Optional<PendingTrigger>> match(TriggerIdentification probe);

    /**
     * Compare-and-set on version. A trigger leaving PENDING (MATCHED or FAILED) releases its
     * local IP and is no longer matched, but stays readable by id until it expires.
     */
    CompletionStage<CasResult<PendingTrigger>> update(PendingTrigger updated);

    /** Up to {@code limit} PENDING triggers whose deadline is not after {@code now}. */
    CompletionStage<List<PendingTrigger>> findDue(Instant now, int limit);

    CompletionStage<Boolean> remove(String triggerId);
}
