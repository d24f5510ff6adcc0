package io.pcrfd.store;

import io.pcrfd.store.model.AfSession;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Rx application function sessions (TS 29.214 §4.4.1) with their link to the IP-CAN session
 * they are bound to. A lookup never returns an expired session.
 */
public interface AfSessionStore {

    /** Stores a new AF session (version 1); false, and nothing stored, when its Session-Id is taken. */
    CompletionStage<Boolean> create(AfSession session);

    CompletionStage<Optional<AfSession>> get(String sessionId);

    /** The live AF sessions bound to the IP-CAN session {@code gxSessionId} (an indexed read). */
    CompletionStage<List<AfSession>> findByGxSession(String gxSessionId);

    /**
     * Replaces the stored session if its version still equals {@code updated.version()}; the
     * stored copy gets version + 1. Identity fields may not change: the stage fails with
     * {@link IllegalArgumentException} if they do.
     */
    CompletionStage<CasResult<AfSession>> update(AfSession updated);

    /** Removes the session and its index entry; the session as it was, empty if there was none. */
    CompletionStage<Optional<AfSession>> remove(String sessionId);
}
