package io.pcrfd.store;

import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Session contexts as a session context exposure API shows them: ongoing ones are derived from
 * live IP-CAN sessions; closed ones are written by {@link SessionStore#close} and kept for
 * their retention.
 */
public interface SessionContextStore {

    /**
     * The contexts of APN + trafficId: ongoing first (sessions whose trafficId equals
     * {@code trafficId}), then the closed one if retained.
     */
    CompletionStage<List<SessionContext>> find(String apn, SubscriberId trafficId);

    CompletionStage<Optional<SessionContext>> findClosed(String apn, SubscriberId trafficId);
}
