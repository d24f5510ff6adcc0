package io.pcrfd.store;

import io.pcrfd.store.model.BoundSession;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What a Policy DRA remembers (TS 29.213 §7.3): the binding SBR ({@link PcrfBinding}: IMSI, and
 * APN when bindings are per APN, to PCRF, with alternate keys) and the session SBR ({@link
 * BoundSession}: Session-Id to binding, PCRF and client). Implementations: {@code
 * io.pcrfd.store.memory.InMemoryDraStore} (one DRA) and {@code io.pcrfd.store.redis.RedisDraStore}
 * (several DRAs sharing bindings); both pass one contract test.
 *
 * <p>Every call returns a stage; a failure is a {@link StoreException}. Bindings and sessions
 * are forgotten at the {@code expiresAt} given; a binding lives at least as long as the
 * binding-capable sessions attached to it.
 */
public interface DraStore extends AutoCloseable {

    /**
     * The live binding of {@code candidate}'s key if there is one ({@link Claim.Held}: it always
     * wins, so one subscriber is never split across two PCRFs), else {@code candidate}, stored
     * now ({@link Claim.Claimed}). Atomic: of two racing callers, on one DRA or two sharing the
     * store, exactly one creates.
     */
    CompletionStage<Claim<PcrfBinding>> findOrCreate(PcrfBinding candidate, Instant expiresAt);

    /**
     * Moves a binding from a PCRF that is down to {@code toPcrf} (re-homing, TS 29.213 §7.3.1: the
     * binding names the one PCRF of the subscriber): only while it still names {@code fromPcrf},
     * in one atomic step, so of two DRAs re-homing it at once the first move wins and the second
     * gets the binding as the first left it. The moved binding is unconfirmed until the new PCRF's
     * CCA-I; its sessions, alternate keys and expiry stay. The binding as it stands after the
     * call; empty when there is none.
     */
    CompletionStage<Optional<PcrfBinding>> rehome(String bindingKey, String fromPcrf, String toPcrf);

    /** The live binding of IMSI + APN (APN empty when bindings are per IMSI). */
    CompletionStage<Optional<PcrfBinding>> binding(String imsi, String apn);

    /** The live binding an alternate key ({@link io.pcrfd.store.model.AlternateKeys}) points to. */
    CompletionStage<Optional<PcrfBinding>> bindingByAlternate(String alternateKey);

    /**
     * Marks the binding confirmed (a successful CCA-I) and adds {@code alternateKeys}, each
     * pointing to it from now on (a later binding taking an address over wins). Empty when the
     * binding is gone.
     */
    CompletionStage<Optional<PcrfBinding>> confirm(String bindingKey, List<String> alternateKeys);

    /**
     * Stores {@code session} (replacing one of the same Session-Id) and, when it is
     * binding-capable, attaches it to its binding, whose expiry is extended to the session's.
     * False, and nothing stored, when a binding-capable session's binding is gone (removed by a
     * racing failure: the caller finds or creates again).
     */
    CompletionStage<Boolean> attach(BoundSession session);

    CompletionStage<Optional<BoundSession>> session(String sessionId);

    /**
     * Removes the session; when it was the last binding-capable session of its binding, the
     * binding and its alternate keys go too.
     */
    CompletionStage<Detached> detach(String sessionId);

    /** Removes a binding by hand (or by the audit) with its alternate keys; true when it existed. */
    CompletionStage<Boolean> removeBinding(String bindingKey);

    /** The Session-Ids of the binding-capable sessions attached to a binding. */
    CompletionStage<List<String>> sessionsOf(String bindingKey);

    /** Up to {@code max} live bindings, in no particular order (the audit, operators). */
    CompletionStage<List<PcrfBinding>> bindings(int max);

    @Override
    void close();

    /**
     * What {@link #detach} did.
     *
     * @param session        the removed session, empty when there was none
     * @param bindingRemoved true when its binding went with it (the last session)
     */
    record Detached(Optional<BoundSession> session, boolean bindingRemoved) {
    }
}
