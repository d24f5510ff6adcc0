package io.pcrfd.bpcf;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Pcrfd;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.establishment.s9a.IdentificationAvps;
import io.pcrfd.store.model.TriggerIdentification;
import java.util.ArrayList;
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
 * The BPCF's S9a sessions towards PCRFs (TS 29.215 §A.5): CCR-I carrying the identification,
 * admission of the QoS rules of the CCA and of later RARs, rejections reported with
 * QoS-Rule-Report (CCR-U after a CCA, in the RAA after a RAR), fixed-line usage in CCR-U, CCR-T
 * on detach or when the PCRF releases the session (RAR with Session-Release-Cause).
 */
public final class BpcfSessions {
    private static final Logger LOG = LoggerFactory.getLogger(BpcfSessions.class);
    static final long S9A = ApplicationIds.S9A;

    private final BpcfContext ctx;
    private final Map<String, BpcfSession> sessions = new ConcurrentHashMap<>();

    public BpcfSessions(BpcfContext ctx) {
        this.ctx = ctx;
    }

    /** Opens an S9a session for {@code id} on {@code lineId} towards {@code pcrfHost}. */
    public CompletionStage<OpenResult> open(String pcrfHost, String pcrfRealm, String lineId, TriggerIdentification id) {
        BpcfSession s = new BpcfSession(ctx.sessionIds().get(), pcrfHost, pcrfRealm, lineId, id);
        sessions.put(s.sessionId, s);
        MessageBuilder ccr = ccr(s, Rfc4006.CcRequestType.INITIAL_REQUEST);
        identification(ccr, id);
        LOG.info("S9a CCR-I {} to {} for local IP {}", s.sessionId, pcrfHost, id.localIp());
        return ctx.send(ccr.build()).handle((cca, e) -> {
            if (e != null || !ResultCodes.isSuccess(resultCode(cca))) {
                sessions.remove(s.sessionId);
                return new OpenResult(s.sessionId, e != null ? 0 : resultCode(cca), List.of(), List.of());
            }
            s.up();
            return admitAll(s, cca);
        }).thenCompose(r -> r.rejected().isEmpty() ? CompletableFuture.completedFuture(r)
                : reportRejected(s, r.rejected()).thenApply(x -> r));
    }

    private OpenResult admitAll(BpcfSession s, DiameterMessage cca) {
        List<String> ok = new ArrayList<>();
        List<Admission.Rejected> rejected = new ArrayList<>();
        for (QosDemand d : QosRuleReader.installs(cca)) {
            switch (ctx.lines().admit(s.lineId, s.sessionId, d)) {
                case Admission.Admitted a -> {
                    ok.add(a.ruleName());
                    s.admitted(a.ruleName(), true);
                }
                case Admission.Rejected r -> {
                    LOG.info("S9a session {}: rule {} rejected: {}", s.sessionId, r.ruleName(), r.reason());
                    rejected.add(r);
                    s.admitted(r.ruleName(), false);
                }
            }
        }
        return new OpenResult(s.sessionId, resultCode(cca), ok, rejected);
    }

    private CompletionStage<Long> reportRejected(BpcfSession s, List<Admission.Rejected> rejected) {
        MessageBuilder ccr = ccr(s, Rfc4006.CcRequestType.UPDATE_REQUEST);
        ruleReports(ccr, rejected);
        return ctx.send(ccr.build()).thenApply(BpcfSessions::resultCode);
    }

    /** Handles a RAR from the PCRF; completes with the RAA. */
    public CompletionStage<DiameterMessage> handleRar(DiameterMessage rar) {
        BpcfSession s = sessions.get(rar.sessionId().orElse(""));
        MessageBuilder raa = MessageBuilder.answer(ctx.dictionary(), rar).originHost(ctx.originHost())
                .originRealm(ctx.originRealm());
        if (s == null) {
            return CompletableFuture.completedFuture(raa.resultCode(ResultCodes.DIAMETER_UNKNOWN_SESSION_ID).build());
        }
        if (rar.avp(Ts29212.SESSION_RELEASE_CAUSE).isPresent()) {
            ctx.afterAnswer().execute(() -> terminate(s.sessionId));
            return CompletableFuture.completedFuture(raa.resultCode(ResultCodes.DIAMETER_SUCCESS).build());
        }
        for (String name : QosRuleReader.removes(rar)) {
            ctx.lines().release(s.lineId, s.sessionId, name);
            s.admitted(name, false);
        }
        OpenResult r = admitAll(s, rar);
        raa.resultCode(ResultCodes.DIAMETER_SUCCESS);
        ruleReports(raa, r.rejected());
        return CompletableFuture.completedFuture(raa.build());
    }

    /** Reports fixed-line usage with CCR-U (Usage-Monitoring-Information); completes with the Result-Code. */
    public CompletionStage<Long> reportUsage(String sessionId, String monitoringKey, long inputOctets, long outputOctets) {
        BpcfSession s = require(sessionId);
        MessageBuilder ccr = ccr(s, Rfc4006.CcRequestType.UPDATE_REQUEST);
        // S9a's CCR grammar has no usage AVP; *[AVP] admits Gx's Usage-Monitoring-Information
        // because its M bit is clear (TS 29.212 §5.3.60; RFC 6733 §1.3.4).
        ccr.add(Ts29212.USAGE_MONITORING_INFORMATION, u -> u
                .add(Ts29212.MONITORING_KEY, monitoringKey)
                .add(Rfc4006.USED_SERVICE_UNIT, su -> su.add(Rfc4006.CC_INPUT_OCTETS, inputOctets)
                        .add(Rfc4006.CC_OUTPUT_OCTETS, outputOctets)));
        return ctx.send(ccr.build()).thenApply(BpcfSessions::resultCode);
    }

    /** Ends a session with CCR-T and frees its line reservations; completes with the Result-Code. */
    public CompletionStage<Long> terminate(String sessionId) {
        BpcfSession s = sessions.remove(sessionId);
        if (s == null) {
            return CompletableFuture.completedFuture(ResultCodes.DIAMETER_UNKNOWN_SESSION_ID);
        }
        ctx.lines().releaseSession(s.lineId, s.sessionId);
        MessageBuilder ccr = ccr(s, Rfc4006.CcRequestType.TERMINATION_REQUEST).add(Rfc6733.TERMINATION_CAUSE, Rfc6733.TerminationCause.DIAMETER_LOGOUT);
        return ctx.send(ccr.build()).handle((cca, e) -> e != null ? 0L : resultCode(cca));
    }

    /** The session serving a UE or H(e)NB local IP, if any. */
    public Optional<BpcfSessionView> forLocalIp(String localIp) {
        return sessions.values().stream().filter(s -> localIp.equals(s.identification.localIp()))
                .map(BpcfSession::view).findFirst();
    }

    /** S9a sessions held (for metrics). */
    public int count() {
        return sessions.size();
    }

    public Collection<BpcfSessionView> list() {
        return sessions.values().stream().map(BpcfSession::view).toList();
    }

    /**
     * The PCRF {@code pcrfHost} announced a new Origin-State-Id: it restarted and lost its
     * sessions (RFC 6733 §8.16), so this BPCF's sessions towards it are ended here without a
     * message (the PCRF no longer knows them) and their line reservations freed. The PCRF
     * triggers again for the UEs whose IP-CAN sessions come back. Returns how many were ended.
     */
    public int peerRestarted(String pcrfHost) {
        List<BpcfSession> gone = sessions.values().stream().filter(s -> s.pcrfHost.equalsIgnoreCase(pcrfHost))
                .toList();
        for (BpcfSession s : gone) {
            sessions.remove(s.sessionId, s);
            ctx.lines().releaseSession(s.lineId, s.sessionId);
        }
        if (!gone.isEmpty()) {
            LOG.warn("PCRF {} restarted (new Origin-State-Id): its {} S9a sessions ended here", pcrfHost, gone.size());
        }
        return gone.size();
    }

    /** What a snapshot keeps: every session. */
    List<BpcfSnapshot.Session> records() {
        return sessions.values().stream().map(BpcfSession::record).toList();
    }

    /** Puts back a session a snapshot kept. */
    void restore(BpcfSnapshot.Session r) {
        sessions.put(r.sessionId(), BpcfSession.restored(r));
    }

    private BpcfSession require(String sessionId) {
        BpcfSession s = sessions.get(sessionId);
        if (s == null) {
            throw new IllegalArgumentException("no BPCF session " + sessionId);
        }
        return s;
    }

    private MessageBuilder ccr(BpcfSession s, int type) {
        return MessageBuilder.request(ctx.dictionary(), S9A, "CCR")
                .add(Rfc6733.SESSION_ID, s.sessionId)
                .add(Rfc6733.AUTH_APPLICATION_ID, S9A)
                .originHost(ctx.originHost()).originRealm(ctx.originRealm())
                .add(Rfc6733.DESTINATION_REALM, s.pcrfRealm).add(Rfc6733.DESTINATION_HOST, s.pcrfHost)
                .add(Rfc4006.CC_REQUEST_TYPE, type).add(Rfc4006.CC_REQUEST_NUMBER, s.nextRequestNumber());
    }

    /** The PCRF's own identification AVPs (the same as its triggers carry), and the id it assigned. */
    private static void identification(MessageBuilder b, TriggerIdentification id) {
        IdentificationAvps.topLevel(b, id);
        if (id.assignedId() != null) {
            b.add(Pcrfd.ESTABLISHMENT_ID, id.assignedId()); // echoed: the PCRF matches by id first
        }
    }

    private static void ruleReports(MessageBuilder b, List<Admission.Rejected> rejected) {
        for (Admission.Rejected r : rejected) {
            b.add(Ts29212.QOS_RULE_REPORT, q -> q.add(Ts29212.QOS_RULE_NAME, r.ruleName())
                    .add(Ts29212.PCC_RULE_STATUS, Ts29212.PccRuleStatus.INACTIVE).add(Ts29212.RULE_FAILURE_CODE, r.ruleFailureCode()));
        }
    }

    static long resultCode(DiameterMessage answer) {
        return ResultCodes.of(answer);
    }
}
