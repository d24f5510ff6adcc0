package io.pcrfd.store;

import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Session contexts as a session context exposure API shows them: ongoing ones are derived from
 * live IP-CAN sessions; closed ones are written by {@link SessionStore#close} (and by
 * {@link SessionStore#takeExpired}) and kept for their retention.
 *
 * <p>A context is keyed by APN + trafficId + Session-Id: several sessions of one subscriber on
 * one APN each keep their own, closed ones too. Reads list closed contexts newest first (by
 * update time). Both stores keep at most {@code closedPerSubscriber} closed contexts per
 * trafficId (every APN together), dropping the one updated longest ago past it.
 */
public interface SessionContextStore {

    /**
     * The contexts of APN + trafficId: ongoing first (sessions whose trafficId equals
     * {@code trafficId}), then the retained closed ones, newest first.
     */
    CompletionStage<List<SessionContext>> find(String apn, SubscriberId trafficId);

    /** The closed context of APN + trafficId updated last, if one is retained. */
    CompletionStage<Optional<SessionContext>> findClosed(String apn, SubscriberId trafficId);

    /**
     * Every context of a subscriber whatever the APN: the ongoing ones (sessions whose
     * trafficId equals {@code trafficId}), then the retained closed ones, newest first. An
     * indexed read of that subscriber's records, never a scan of the store.
     */
    CompletionStage<List<SessionContext>> findBySubscriber(SubscriberId trafficId);

    /**
     * Removes the closed contexts of {@code trafficId} (every APN) whose update time is before
     * {@code cutoff}, whatever retention they were stored with: the removal by age checked
     * when a session of the subscriber ends. Returns how many were removed.
     */
    CompletionStage<Integer> removeClosedBefore(SubscriberId trafficId, Instant cutoff);
}
