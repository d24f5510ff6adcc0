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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BPCF's S9a sessions towards PCRFs (TS 29.215 §A.5): CCR-I carrying the identification,
 * admission of the QoS rules of the CCA and of later RARs, rejections reported with
 * QoS-Rule-Report (CCR-U after a CCA, in the RAA after a RAR), usage per Monitoring-Key in CCR-U
 * ({@link UsageReporter}: grants from CCA and RAR, report requests in a RAR), CCR-T with the
 * final usage on detach or when the PCRF releases the session (RAR with Session-Release-Cause).
 */
public final class BpcfSessions {
    private static final Logger LOG = LoggerFactory.getLogger(BpcfSessions.class);
    static final long S9A = ApplicationIds.S9A;

    private final BpcfContext ctx;
    private final Map<String, BpcfSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLong opened = new AtomicLong();
    private final UsageReporter usage;

    public BpcfSessions(BpcfContext ctx) {
        this.ctx = ctx;
        this.usage = new UsageReporter(ctx);
    }

    /** Opens an S9a session for {@code id} on {@code lineId} towards {@code pcrfHost}. */
    public CompletionStage<OpenResult> open(String pcrfHost, String pcrfRealm, String lineId, TriggerIdentification id) {
        BpcfSession s = new BpcfSession(ctx.sessionIds().get(), pcrfHost, pcrfRealm, lineId, id,
                opened.incrementAndGet());
        sessions.put(s.sessionId, s);
        MessageBuilder ccr = ccr(ctx, s, Rfc4006.CcRequestType.INITIAL_REQUEST);
        identification(ccr, id);
        LOG.info("S9a CCR-I {} to {} for local IP {}", s.sessionId, pcrfHost, id.localIp());
        return ctx.send(ccr.build()).handle((cca, e) -> {
            if (e != null || !ResultCodes.isSuccess(resultCode(cca))) {
                sessions.remove(s.sessionId);
                return new OpenResult(s.sessionId, e != null ? 0 : resultCode(cca), List.of(), List.of());
            }
            usage.grants(s, cca); // a new session has no usage yet: nothing can be due
            OpenResult admitted = admitAll(s, cca);
            s.up(); // after its CCA's rules: a session shown up (REST, views) has them
            return admitted;
        }).thenCompose(r -> r.rejected().isEmpty() ? CompletableFuture.completedFuture(r)
                : reportRejected(s, r.rejected()).thenApply(x -> r));
    }

    private OpenResult admitAll(BpcfSession s, DiameterMessage cca) {
        List<String> ok = new ArrayList<>();
        List<Admission.Rejected> rejected = new ArrayList<>();
        Map<String, QosRuleView> qos = QosRuleReader.qos(cca);
        for (QosDemand d : QosRuleReader.installs(cca)) {
            switch (ctx.lines().admit(s.lineId, s.sessionId, d)) {
                case Admission.Admitted a -> {
                    ok.add(a.ruleName());
                    s.admitted(a.ruleName(), true, qos.get(a.ruleName()));
                }
                case Admission.Rejected r -> {
                    LOG.info("S9a session {}: rule {} rejected: {}", s.sessionId, r.ruleName(), r.reason());
                    rejected.add(r);
                    s.admitted(r.ruleName(), false, null);
                }
            }
        }
        return new OpenResult(s.sessionId, resultCode(cca), ok, rejected);
    }

    private CompletionStage<Long> reportRejected(BpcfSession s, List<Admission.Rejected> rejected) {
        MessageBuilder ccr = ccr(ctx, s, Rfc4006.CcRequestType.UPDATE_REQUEST);
        ruleReports(ccr, rejected);
        return ctx.send(ccr.build()).thenApply(BpcfSessions::resultCode);
    }

    /**
     * Handles a RAR from the PCRF; completes with the RAA. QoS rules are removed and admitted,
     * usage grants kept; a usage report request is answered 2001 and the usage follows in a
     * CCR-U once the RAA is written.
     */
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
            s.admitted(name, false, null);
        }
        OpenResult r = admitAll(s, rar);
        List<UsageReport> due = UsageReporter.merge(usage.grants(s, rar), usage.requested(s, rar));
        if (!due.isEmpty() || UsageAvps.read(rar).stream().anyMatch(UsageAvps.Instruction::reportNow)) {
            ctx.afterAnswer().execute(() -> usage.sendRequested(s, due));
        }
        raa.resultCode(ResultCodes.DIAMETER_SUCCESS);
        ruleReports(raa, r.rejected());
        return CompletableFuture.completedFuture(raa.build());
    }

    /**
     * Adds usage of {@code monitoringKey} to the session {@code target} names and reports it with
     * CCR-U: at once, or with {@code whenGranted} once the unreported usage reaches the key's
     * grant. 5002 in the result when no session serves the target.
     *
     * @throws IllegalArgumentException when an IMSI names several sessions
     */
    public CompletionStage<UsageResult> reportUsage(UsageTarget target, String monitoringKey, Octets used,
                                                    boolean whenGranted) {
        return find(target).map(s -> usage.add(s, monitoringKey, used, whenGranted))
                .orElse(CompletableFuture.completedFuture(new UsageResult(null, monitoringKey, false,
                        ResultCodes.DIAMETER_UNKNOWN_SESSION_ID, null, Octets.ZERO)));
    }

    /** The session {@code t} names (see {@link UsageTarget}). */
    private Optional<BpcfSession> find(UsageTarget t) {
        List<BpcfSession> hits = sessions.values().stream().filter(s -> switch (t.kind()) {
            case SESSION -> s.sessionId.equals(t.value());
            case IMSI -> t.value().equals(s.identification.imsi());
            case LINE -> s.lineId.equals(t.value());
            case LOCAL_IP -> t.value().equals(s.identification.localIp());
        }).sorted(Comparator.comparingLong(s -> s.opened)).toList();
        if (t.kind() == UsageTarget.Kind.IMSI && hits.size() > 1) {
            throw new IllegalArgumentException("IMSI " + t.value() + " has " + hits.size() + " S9a sessions ("
                    + String.join(", ", hits.stream().map(s -> s.sessionId).toList()) + "): name one with session");
        }
        return hits.stream().findFirst();
    }

    /** Ends a session with CCR-T and frees its line reservations; completes with the Result-Code. */
    public CompletionStage<Long> terminate(String sessionId) {
        BpcfSession s = sessions.remove(sessionId);
        if (s == null) {
            return CompletableFuture.completedFuture(ResultCodes.DIAMETER_UNKNOWN_SESSION_ID);
        }
        ctx.lines().releaseSession(s.lineId, s.sessionId);
        MessageBuilder ccr = ccr(ctx, s, Rfc4006.CcRequestType.TERMINATION_REQUEST).add(Rfc6733.TERMINATION_CAUSE, Rfc6733.TerminationCause.DIAMETER_LOGOUT);
        UsageAvps.write(ccr, s.usage.takeUnreported()); // the final usage not reported yet
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
        return sessions.values().stream().sorted(Comparator.comparingLong(s -> s.opened)).map(BpcfSession::view)
                .toList();
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

    /** What a snapshot keeps: every session, in the order they were opened. */
    List<BpcfSnapshot.Session> records() {
        return sessions.values().stream().sorted(Comparator.comparingLong(s -> s.opened))
                .map(BpcfSession::record).toList();
    }

    /** Puts back a session a snapshot kept (in the snapshot's order: the order they were opened). */
    void restore(BpcfSnapshot.Session r) {
        sessions.put(r.sessionId(), BpcfSession.restored(r, opened.incrementAndGet()));
    }

    static MessageBuilder ccr(BpcfContext ctx, BpcfSession s, int type) {
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
