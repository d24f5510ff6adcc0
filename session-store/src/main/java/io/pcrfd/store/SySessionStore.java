package io.pcrfd.store;

import io.pcrfd.store.model.SySession;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Sy sessions (TS 29.219) by counter owner, found also by their Sy Session-Id (an SNR names
 * only that) and by the Gx sessions decided on them (the last one's end ends the Sy session).
 * Writes replace the whole record: the Sy client serialises the writes of one node, and an
 * SNR reaches the node that sent the SLR (its Origin-Host), so records are not contended.
 */
public interface SySessionStore {

    CompletionStage<Optional<SySession>> get(String owner);

    CompletionStage<Optional<SySession>> bySessionId(String sySessionId);

    /** The Sy session a Gx session is decided on, if any. */
    CompletionStage<Optional<SySession>> byGxSession(String gxSessionId);

    /**
     * Stores {@code session}, replacing the owner's record, and indexes its Session-Id and Gx
     * sessions; index entries of Gx sessions the previous record had and this one has not are
     * dropped.
     */
    CompletionStage<Void> put(SySession session);

    /** Removes the owner's record and its index entries; true when there was one. */
    CompletionStage<Boolean> remove(String owner);

    /** Every live Sy session (for a re-subscription after an OCS restart). */
    CompletionStage<List<SySession>> all();
}
