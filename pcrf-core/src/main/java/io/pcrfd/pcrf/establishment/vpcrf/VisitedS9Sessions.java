package io.pcrfd.pcrf.establishment.vpcrf;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.gx.GxRequest;
import io.pcrfd.pcrf.gx.GxSessionListener;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.TriggerIdentification;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The S9 sessions this V-PCRF opened towards H-PCRFs, from the CCA-I to the CCR-T (TS 29.215
 * §4.5.1 establishment, §4.5.2 H-PCRF-initiated modification, §4.5.3 termination):
 *
 * <pre>
 *  CCA-I 2001 ─► opened: QoS rules of the CCA kept; local Gx sessions of the IMSI + APN linked
 *                 when the store lists them (one that ended meanwhile is skipped, and if it was
 *                 the only one, CCR-T follows)
 *  RAR ─────────► unknown Session-Id: RAA 5002
 *                 Session-Release-Cause: RAA 2001, then CCR-T (after the RAA is on the wire)
 *                 otherwise: QoS-Rule-Remove/-Install applied to the session's rules, RAA 2001
 *  local Gx CCR-T of the last Gx session it serves ─► CCR-T
 *  the H-PCRF restarted (Origin-State-Id) ─► its sessions forgotten, no CCR-T
 * </pre>
 *
 * Kept in memory, like the PCRF's own S9a bookkeeping: after a restart the H-PCRF's next RAR is
 * answered 5002 and it unlinks the session itself.
 */
public final class VisitedS9Sessions {
    private static final Logger LOG = LoggerFactory.getLogger(VisitedS9Sessions.class);
    private final VPcrfContext ctx;
    private final Map<String, VisitedS9Session> sessions = new ConcurrentHashMap<>();

    public VisitedS9Sessions(VPcrfContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The H-PCRF answered our CCR-I 2001: the session is up and listed at once (the H-PCRF may
     * send a RAR right after the CCA-I), then linked to the local Gx sessions of its user as the
     * store lists them. A Gx session may end between the store's read and the linking; its end
     * is then remembered by the session and the linking skips it, ending the S9 session with
     * CCR-T when it served no other ({@link VisitedS9Session#linked}). A store failure links
     * nothing and fails the stage.
     */
    CompletionStage<Void> opened(String sessionId, String hPcrf, String realm, TriggerIdentification id,
                                 DiameterMessage cca) {
        VisitedS9Session s = new VisitedS9Session(sessionId, hPcrf, realm, id);
        s.applyRules(cca);
        sessions.put(sessionId, s);
        return localGx(id).whenComplete((listed, e) -> {
            List<String> ids = listed == null ? List.of() : listed.stream().map(IpCanSession::sessionId).toList();
            if (s.linked(ids)) {
                terminate(sessionId, "the local Gx sessions it served ended before they were linked");
            }
        }).thenAccept(listed -> { });
    }

    /** The local Gx sessions of the user of {@code id} (same IMSI, and APN when it names one). */
    private CompletionStage<List<IpCanSession>> localGx(TriggerIdentification id) {
        if (id.imsi() == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return id.apn() != null
                ? ctx.store().sessions().findBySubscriber(SubscriberId.imsi(id.imsi()), id.apn())
                : ctx.store().sessions().findBySubscriber(SubscriberId.imsi(id.imsi()));
    }

    /** Handles an S9 RAR from the H-PCRF; completes with the RAA. */
    public CompletionStage<DiameterMessage> handleRar(DiameterMessage rar) {
        String sid = rar.sessionId().orElse("");
        VisitedS9Session s = sessions.get(sid);
        if (s == null) {
            LOG.info("S9 RAR for unknown session {} answered 5002", sid);
            return done(ctx.answer(rar).resultCode(ResultCodes.DIAMETER_UNKNOWN_SESSION_ID).build());
        }
        Optional<Avp> release = rar.avp(Ts29212.SESSION_RELEASE_CAUSE);
        if (release.isPresent()) {
            LOG.info("S9 session {} released by {} ({}): CCR-T follows", sid, s.hPcrf(), release.get().enumName());
            ctx.afterAnswer().execute(() -> terminate(sid, "released by the H-PCRF"));
        } else {
            s.applyRules(rar);
            LOG.info("S9 session {}: QoS rules from {} now {}", sid, s.hPcrf(), s.ruleNames());
        }
        return done(ctx.answer(rar).resultCode(ResultCodes.DIAMETER_SUCCESS).build());
    }

    /** Ends {@code sessionId} with CCR-T; completes with the CCA-T's Result-Code (0 without answer). */
    public CompletionStage<Long> terminate(String sessionId, String why) {
        VisitedS9Session s = sessions.remove(sessionId);
        if (s == null) {
            return CompletableFuture.completedFuture(ResultCodes.DIAMETER_UNKNOWN_SESSION_ID);
        }
        DiameterMessage ccrT = ctx.ccr(s, Rfc4006.CcRequestType.TERMINATION_REQUEST).add(Rfc6733.TERMINATION_CAUSE, Rfc6733.TerminationCause.DIAMETER_LOGOUT).build();
        return ctx.send(ccrT).handle((cca, e) -> {
            long rc = e != null ? 0L : cca.avp(Rfc6733.RESULT_CODE).map(Avp::asUnsigned32).orElse(0L);
            LOG.info("S9 session {} ended ({}): CCA-T {}", sessionId, why, e != null ? e.toString() : rc);
            return rc;
        });
    }

    /** The H-PCRF restarted (RFC 6733 §8.16): its sessions are gone there, so they are dropped here. */
    public void peerRestarted(String host) {
        sessions.values().removeIf(s -> s.hPcrf().equalsIgnoreCase(host));
    }

    /** What the Gx application tells the V-PCRF side: local Gx sessions start and end. */
    public GxSessionListener gxListener() {
        return new GxSessionListener() {
            @Override
            public void established(GxRequest request, IpCanSession session) {
                for (VisitedS9Session s : sessions.values()) {
                    if (sameUser(s.identification(), session)) {
                        s.gxLinked(session.sessionId());
                    }
                }
            }

            /** Told to every S9 session: those not linked yet remember it ({@link VisitedS9Session#gxEnded}). */
            @Override
            public void ended(String gxSessionId, String reason) {
                for (VisitedS9Session s : sessions.values()) {
                    if (s.gxEnded(gxSessionId)) {
                        terminate(s.sessionId(), "its Gx session " + gxSessionId + " ended: " + reason);
                    }
                }
            }
        };
    }

    private static boolean sameUser(TriggerIdentification id, IpCanSession gx) {
        return id.imsi() != null && id.imsi().equals(gx.imsi()) && (id.apn() == null || id.apn().equals(gx.apn()));
    }

    public Optional<VisitedS9SessionView> view(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId)).map(VisitedS9Session::view);
    }

    /** S9 sessions this V-PCRF holds open (for metrics). */
    public int count() {
        return sessions.size();
    }

    public Collection<VisitedS9SessionView> list() {
        return sessions.values().stream().map(VisitedS9Session::view).toList();
    }

    private static <T> CompletionStage<T> done(T v) {
        return CompletableFuture.completedFuture(v);
    }
}
