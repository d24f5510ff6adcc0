package io.pcrfd.pcrf.establishment;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.pcrf.config.EstablishmentConfig;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.Claim;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.TriggerState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The initiator side of reverse-initiated establishment: decides that a trigger is needed,
 * keeps it in the store, sends it, reads the answer and drives retries from the deadline.
 *
 * <pre>
 *  Gx CCR-I stored ─► local IP? mapped peer? no S9a/S9 session? ─► createIfAbsent(trigger)
 *        Held ─► SUPPRESSED (one pending trigger per local IP, TS 29.213 §E.4.2.1)
 *        Claimed ─► send ─► 2xxx: wait for CCR-I │ retryable: wait │ 5xxx: FAILED
 *  runDue(): deadline passed ─► attempts ≤ retries: send again │ else FAILED (counted, logged)
 *  peer's CCR-I matched (s9a) ─► peerSessionUp(): MATCHED; a one-shot CCR session gets CCR-T
 * </pre>
 *
 * Time comes from the injected clock and nothing here sleeps: the runtime calls
 * {@link #runDue()} periodically (tests call it after moving their clock).
 */
public final class EstablishmentInitiator {
    private static final Logger LOG = LoggerFactory.getLogger(EstablishmentInitiator.class);
    private static final int DUE_BATCH = 256;

    private final EstablishmentConfig config;
    private final Function<String, String> realmOf;
    private final Store store;
    private final Function<DiameterMessage, CompletionStage<DiameterMessage>> sender;
    private final Clock clock;
    private final TriggerMessages messages;
    private final SessionIds ids;
    private final TriggerSessions sessions;
    private final EstablishmentCounters counters;

    /**
     * @param realmOf   Destination-Realm of a peer host (from {@code diameter.peers}, else the
     *                  host's domain)
     * @param sender    sends a request and completes with its answer, or exceptionally when
     *                  none arrives (the peer layer's timeout)
     */
    public EstablishmentInitiator(EstablishmentConfig config, TriggerMessages messages, Function<String, String> realmOf,
                                  Store store, Function<DiameterMessage, CompletionStage<DiameterMessage>> sender,
                                  Clock clock, SessionIds ids, EstablishmentCounters counters) {
        this.config = config;
        this.messages = messages;
        this.realmOf = realmOf;
        this.store = store;
        this.sender = sender;
        this.clock = clock;
        this.ids = ids;
        this.sessions = new TriggerSessions(ids);
        this.counters = counters;
    }

    public EstablishmentCounters counters() {
        return counters;
    }

    /** Sends a trigger for {@code session} when one is needed (see {@link EstablishmentTrigger}). */
    public CompletionStage<TriggerResult> onGxSessionEstablished(IpCanSession session) {
        AccessInfo access = session.access();
        String localIp = access.ueLocalIp() != null ? access.ueLocalIp() : access.henbLocalIp();
        if (!config.enabled()) {
            return done(TriggerResult.notNeeded("establishment disabled"));
        }
        if (localIp == null) {
            return done(TriggerResult.notNeeded("no UE-Local-IP-Address or HeNB-Local-IP-Address"));
        }
        Optional<EstablishmentPeerConfig> peer = config.peerFor(TriggerMessages.address(localIp));
        if (peer.isEmpty()) {
            return done(TriggerResult.notNeeded("no establishment peer serves local IP " + localIp));
        }
        return peerSessionExists(access).thenCompose(exists -> exists
                ? done(new TriggerResult(Outcome.ALREADY_ESTABLISHED, null, "a session exists for local IP " + localIp))
                : claimAndSend(session, peer.get()));
    }

    private CompletionStage<Boolean> peerSessionExists(AccessInfo access) {
        CompletionStage<List<IpCanSession>> same = access.ueLocalIp() != null
                ? store.sessions().findByUeLocalIp(access.ueLocalIp())
                : store.sessions().findByHenbLocalIp(access.henbLocalIp());
        return same.thenApply(list -> list.stream().flatMap(s -> s.linkedSessions().stream())
                .anyMatch(l -> l.iface() == LinkedInterface.S9A || l.iface() == LinkedInterface.S9));
    }

    private CompletionStage<TriggerResult> claimAndSend(IpCanSession session, EstablishmentPeerConfig peer) {
        PendingTrigger trigger = newTrigger(session, peer);
        return store.triggers().createIfAbsent(trigger).thenCompose(claim -> {
            if (claim instanceof Claim.Held<PendingTrigger> held) {
                counters.suppressed();
                return done(new TriggerResult(Outcome.SUPPRESSED, held.value().triggerId(),
                        "a trigger is already pending for local IP " + trigger.identification().localIp()));
            }
            return send(claim.value(), peer, session.access());
        });
    }

    private PendingTrigger newTrigger(IpCanSession s, EstablishmentPeerConfig peer) {
        String id = ids.next();
        TriggerIdentification ident = new TriggerIdentification(id, s.access().ueLocalIp(),
                s.access().ueLocalIp() == null ? s.access().henbLocalIp() : null, s.imsi(), s.apn());
        Instant now = clock.instant();
        // Readable by id for a while after it ends, so a late CCR-I or an operator can see it.
        Instant expires = now.plus(config.triggerTimeout().multipliedBy(config.retries() + 2L)).plusSeconds(600);
        return new PendingTrigger(id, ident, peer.host(), 1, now.plus(config.triggerTimeout()), null, 0, expires);
    }

    /**
     * Sends an attempt. Towards a device-level peer the attempts go one at a time (RFC 4006
     * §5.1: a credit-control client sends the next request of a session after the previous
     * answer), so a trigger that comes while the session's CCR-I is out waits for its answer and
     * then updates the session instead of opening a second one.
     */
    private CompletionStage<TriggerResult> send(PendingTrigger trigger, EstablishmentPeerConfig peer,
                                                AccessInfo access) {
        return sessions.inTurn(peer, () -> sendNow(trigger, peer, access));
    }

    private CompletionStage<TriggerResult> sendNow(PendingTrigger trigger, EstablishmentPeerConfig peer,
                                                   AccessInfo access) {
        TriggerRequest r = sessions.next(peer, realmOf.apply(peer.host()), trigger, access);
        DiameterMessage request = messages.build(r);
        counters.sent();
        LOG.info("trigger {} sent to {} as {} (attempt {}), Session-Id {}", trigger.triggerId(), peer.host(),
                request.name(), trigger.attempts(), r.sessionId());
        return sender.apply(request)
                .handle((answer, error) -> error != null ? TriggerVerdict.of(error) : TriggerVerdict.of(answer))
                .thenCompose(v -> apply(v, r));
    }

    private CompletionStage<TriggerResult> apply(TriggerVerdict verdict, TriggerRequest r) {
        String id = r.trigger().triggerId();
        return switch (verdict) {
            case TriggerVerdict.Accepted a -> {
                sessions.accepted(r);
                yield done(new TriggerResult(Outcome.ACCEPTED, id, "answered " + a.resultCode()));
            }
            case TriggerVerdict.Retry retry -> {
                LOG.info("trigger {} to {} will be retried: {}", id, r.peer().host(), retry.reason());
                yield done(new TriggerResult(Outcome.RETRYING, id, retry.reason()));
            }
            case TriggerVerdict.GiveUp g when isDeviceLevel(r)
                    && g.resultCode() == ResultCodes.DIAMETER_UNKNOWN_SESSION_ID -> {
                sessions.closed(r);
                yield r.update() ? reopen(r) : giveUp(r, g);
            }
            case TriggerVerdict.GiveUp g -> giveUp(r, g);
        };
    }

    private CompletionStage<TriggerResult> giveUp(TriggerRequest r, TriggerVerdict.GiveUp g) {
        String id = r.trigger().triggerId();
        counters.failedRejected();
        return fail(id, "refused by " + r.peer().host() + ": " + g.reason())
                .thenApply(x -> new TriggerResult(Outcome.FAILED, id, g.reason()));
    }

    /**
     * The peer no longer knows our device-level session (5002 to an UPDATE_REQUEST, after its
     * restart for example): the same trigger goes at once in a new session (INITIAL_REQUEST). A
     * 5002 to that INITIAL_REQUEST fails the trigger, so this happens once per attempt.
     */
    private CompletionStage<TriggerResult> reopen(TriggerRequest r) {
        LOG.info("trigger {}: {} no longer knows device-level session {}; opening a new one", r.trigger().triggerId(),
                r.peer().host(), r.sessionId());
        return sendNow(r.trigger(), r.peer(), r.access()); // already in the peer's turn
    }

    private static boolean isDeviceLevel(TriggerRequest r) {
        return r.peer().encoding() != Encoding.TER && r.peer().mode() == Mode.DEVICE_LEVEL;
    }

    /** The peer restarted or went down: the next trigger to it opens a new device-level session. */
    public void peerReset(String host, String why) {
        if (sessions.reset(host)) {
            LOG.info("device-level trigger session towards {} taken as closed: {}", host, why);
        }
    }

    /**
     * Retries or fails every pending trigger whose deadline has passed; completes with how
     * many were handled.
     */
    public CompletionStage<Integer> runDue() {
        Instant now = clock.instant();
        return store.triggers().findDue(now, DUE_BATCH).thenCompose(due -> {
            CompletableFuture<?>[] all = due.stream().map(t -> retryOrFail(t, now).toCompletableFuture())
                    .toArray(CompletableFuture[]::new);
            return CompletableFuture.allOf(all).thenApply(x -> due.size());
        });
    }

    private CompletionStage<?> retryOrFail(PendingTrigger t, Instant now) {
        if (t.attempts() > config.retries()) {
            return timedOut(t);
        }
        return store.triggers().update(t.retried(now.plus(config.triggerTimeout()))).thenCompose(cas -> {
            if (!(cas instanceof io.pcrfd.store.CasResult.Applied<PendingTrigger> applied)) {
                return done(null); // another node (or the matching CCR-I) got there first
            }
            counters.retried();
            return resend(applied.value());
        });
    }

    /**
     * Fails a trigger whose last deadline passed, by compare-and-set on the version read as due:
     * of two passes that read it (this node's timer and another node's, or a test's), only the
     * one whose update applies counts and logs the failure.
     */
    private CompletionStage<?> timedOut(PendingTrigger t) {
        return store.triggers().update(t.withState(TriggerState.FAILED)).thenAccept(cas -> {
            if (cas instanceof CasResult.Applied<PendingTrigger>) {
                counters.failedTimeout();
                LOG.warn("trigger {} failed: no CCR-I from {} after {} attempts", t.triggerId(), t.targetPeer(),
                        t.attempts());
                sessions.forget(t.triggerId());
            }
        });
    }

    private CompletionStage<?> resend(PendingTrigger t) {
        Optional<EstablishmentPeerConfig> peer = config.peers().stream()
                .filter(p -> p.host().equalsIgnoreCase(t.targetPeer())).findFirst();
        if (peer.isEmpty()) {
            return fail(t.triggerId(), "peer " + t.targetPeer() + " is no longer configured");
        }
        return gxSessionOf(t).thenCompose(gx -> gx.isEmpty()
                ? fail(t.triggerId(), "the Gx session ended before the peer's CCR-I")
                : send(t, peer.get(), gx.get().access()).<Void>thenApply(r -> null));
    }

    /** The Gx session a trigger was sent for, found by its identification. */
    CompletionStage<Optional<IpCanSession>> gxSessionOf(PendingTrigger t) {
        TriggerIdentification id = t.identification();
        CompletionStage<List<IpCanSession>> byIp = id.ueLocalIp() != null
                ? store.sessions().findByUeLocalIp(id.ueLocalIp())
                : store.sessions().findByHenbLocalIp(id.henbLocalIp());
        return byIp.thenApply(list -> list.stream()
                .filter(s -> id.imsi() == null || id.imsi().equals(s.imsi()))
                .filter(s -> id.apn() == null || id.apn().equals(s.apn()))
                .findFirst());
    }

    /** Marks a trigger FAILED (the Gx session carries on). */
    CompletionStage<Void> fail(String triggerId, String reason) {
        LOG.warn("trigger {} failed: {}", triggerId, reason);
        sessions.forget(triggerId);
        return io.pcrfd.pcrf.establishment.s9a.TriggerTransitions.to(store.triggers(), triggerId, io.pcrfd.store.model.TriggerState.FAILED);
    }

    /**
     * The peer's CCR-I matched {@code trigger} (already MATCHED in the store): counts it and,
     * for a one-shot CCR trigger, ends the trigger session with CCR-T.
     */
    public void peerSessionUp(PendingTrigger trigger) {
        counters.matched();
        sessions.endOneShot(trigger.triggerId())
                .filter(r -> r.peer().encoding() == Encoding.CCR)
                .ifPresent(r -> sender.apply(messages.termination(r)).whenComplete((a, e) -> {
                    if (e != null) {
                        LOG.info("CCR-T of one-shot trigger session {} got no answer: {}", r.sessionId(), e.toString());
                    }
                }));
    }

    /** The Gx session ended: its pending trigger, if any, is dropped. */
    public CompletionStage<Void> cancel(IpCanSession session) {
        AccessInfo a = session.access();
        if (a.ueLocalIp() == null && a.henbLocalIp() == null) {
            return done(null);
        }
        TriggerIdentification probe = new TriggerIdentification(null, a.ueLocalIp(),
                a.ueLocalIp() == null ? a.henbLocalIp() : null, null, null);
        return store.triggers().match(probe).thenCompose(t -> t
                .filter(p -> session.imsi() == null || session.imsi().equals(p.identification().imsi()))
                .map(p -> {
                    sessions.forget(p.triggerId());
                    return store.triggers().remove(p.triggerId()).<Void>thenApply(x -> null);
                })
                .orElse(done(null)));
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
