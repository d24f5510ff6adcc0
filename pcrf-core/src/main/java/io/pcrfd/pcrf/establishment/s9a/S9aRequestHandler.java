package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.gx.GxAvpReader;
import io.pcrfd.pcrf.gx.InvalidRequestException;
import io.pcrfd.pcrf.policy.UsageGrant;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.pcrf.qos.UsageMonitoringAvps;
import io.pcrfd.pcrf.policy.QosRuleDerivation.QosRule;
import io.pcrfd.pcrf.policy.QosRuleDerivation;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.LinkedSession;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.TriggerState;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PCRF's handler of CCRs a BPCF sends on S9a (or a V-PCRF on S9): TS 29.215 §A.5.1
 * (establishment), §A.5.3 (modification), §A.5.2 (termination).
 *
 * <ul>
 *   <li>CCR-I: matched to the pending trigger (by Establishment-Id, else by content), linked to
 *       the Gx IP-CAN session and answered with QoS-Rule-Install derived from the Gx policy.
 *       A CCR-I that matches no trigger is still accepted when an IP-CAN session exists for that
 *       UE (the BPCF saw the UE attach before any trigger); with no IP-CAN session at all it is
 *       answered 5030 DIAMETER_USER_UNKNOWN: there is no policy to give, and the PCRF triggers
 *       the BPCF itself once the UE's IP-CAN session starts.</li>
 *   <li>CCR-U: QoS-Rule-Report rejections go to the Gx side ({@link GxPolicyPort}); usage in
 *       Usage-Monitoring-Information (the Gx usage monitoring AVPs, TS 29.212 §4.5.16) is
 *       metered with the subscriber's mobile usage ({@link GxPolicyPort#fixedUsage}) and the CCA
 *       carries the next grants; a report without Monitoring-Key is refused with Failed-AVP;
 *       unknown session 5002.</li>
 *   <li>CCR-T: unlinks; unknown session 5002 unless we released it ourselves.</li>
 * </ul>
 */
public final class S9aRequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(S9aRequestHandler.class);
    private static final int INITIAL = 1;
    private static final int UPDATE = 2;
    private static final int TERMINATION = 3;

    private final S9aContext ctx;
    private final GxAvpReader reader;
    private final PeerSessionMatcher matcher;
    private final Consumer<PendingTrigger> onMatched;
    private final Runnable onUnmatched;

    /**
     * @param onMatched   told about each trigger a CCR-I matched (ends one-shot trigger sessions)
     * @param onUnmatched told about each CCR-I that matched no trigger (counted)
     */
    public S9aRequestHandler(S9aContext ctx, Consumer<PendingTrigger> onMatched, Runnable onUnmatched) {
        this.ctx = ctx;
        this.reader = new GxAvpReader(ctx.dictionary());
        this.matcher = new PeerSessionMatcher(ctx.store());
        this.onMatched = onMatched;
        this.onUnmatched = onUnmatched;
    }

    /** Handles one CCR from {@code peerHost}; the stage completes with the CCA. */
    public CompletionStage<DiameterMessage> handleCcr(String peerHost, DiameterMessage ccr) {
        int type = ccr.avp(Rfc4006.CC_REQUEST_TYPE).map(Avp::asInt).orElse(0);
        return switch (type) {
            case INITIAL -> initial(peerHost, ccr);
            case UPDATE -> update(ccr);
            case TERMINATION -> terminate(ccr);
            default -> done(cca(ccr, ResultCodes.DIAMETER_INVALID_AVP_VALUE).build());
        };
    }

    private CompletionStage<DiameterMessage> initial(String peerHost, DiameterMessage ccr) {
        TriggerIdentification probe = Identification.of(ccr);
        return matcher.trigger(probe).thenCompose(t -> {
            if (t.isEmpty()) {
                onUnmatched.run();
                return matcher.gxSession(probe).thenCompose(gx -> linkAndAnswer(peerHost, ccr, gx, null));
            }
            PendingTrigger trigger = t.get();
            return TriggerTransitions.to(ctx.store().triggers(), trigger.triggerId(), TriggerState.MATCHED)
                    .thenCompose(x -> matcher.gxSession(trigger.identification()))
                    .thenCompose(gx -> linkAndAnswer(peerHost, ccr, gx, trigger));
        });
    }

    private CompletionStage<DiameterMessage> linkAndAnswer(String peerHost, DiameterMessage ccr,
                                                           Optional<IpCanSession> gx, PendingTrigger trigger) {
        String sid = ccr.sessionId().orElseThrow();
        if (gx.isEmpty()) {
            LOG.info("S9a CCR-I {} from {} refused 5030: no IP-CAN session for {}", sid, peerHost,
                    Identification.of(ccr));
            return done(cca(ccr, ResultCodes.DIAMETER_USER_UNKNOWN)
                    .add(Rfc6733.ERROR_MESSAGE, "no IP-CAN session for this UE").build());
        }
        LinkedSession link = new LinkedSession(iface(ccr), sid, peerHost);
        return S9aLinks.link(ctx.store().sessions(), gx.get(), link).thenCompose(linked -> {
            if (linked.isEmpty()) {
                return done(cca(ccr, ResultCodes.DIAMETER_USER_UNKNOWN).build());
            }
            if (trigger != null) {
                onMatched.accept(trigger);
            }
            LOG.info("S9a session {} from {} linked to IP-CAN session {}{}", sid, peerHost, linked.get().sessionId(),
                    trigger == null ? " (no trigger)" : " (trigger " + trigger.triggerId() + ")");
            return ctx.gx().fixedPolicy(linked.get()).thenApply(policy -> {
                List<QosRule> rules = QosRuleDerivation.derive(policy);
                ctx.linked(linked.get().sessionId(), link, rules);
                MessageBuilder b = cca(ccr, ResultCodes.DIAMETER_SUCCESS);
                QosRuleAvps.install(b, rules);
                return b.build();
            });
        });
    }

    private CompletionStage<DiameterMessage> update(DiameterMessage ccr) {
        String sid = ccr.sessionId().orElseThrow();
        List<UsageReport> usage;
        try {
            usage = reader.usageReports(ccr);
        } catch (InvalidRequestException e) {
            return done(invalid(ccr, e.error()));
        }
        return ctx.store().sessions().findByLinkedSessionId(sid).thenCompose(gx -> {
            if (gx.isEmpty()) {
                return done(cca(ccr, ResultCodes.DIAMETER_UNKNOWN_SESSION_ID).build());
            }
            var rejected = QosRuleAvps.rejected(ccr);
            CompletionStage<Void> applied = rejected.isEmpty()
                    ? done(null) : ctx.gx().qosRulesRejected(gx.get(), rejected);
            return applied.thenCompose(x -> usage.isEmpty() ? done(List.<UsageGrant>of())
                            : ctx.gx().fixedUsage(gx.get(), sid + ";" + requestNumber(ccr), usage))
                    .thenApply(grants -> {
                        MessageBuilder b = cca(ccr, ResultCodes.DIAMETER_SUCCESS);
                        grants.forEach(g -> b.add(Ts29212.USAGE_MONITORING_INFORMATION,
                                u -> UsageMonitoringAvps.grant(u, g)));
                        return b.build();
                    });
        });
    }

    /** A malformed Usage-Monitoring-Information: its result code and Failed-AVP (RFC 6733 §7.5). */
    private DiameterMessage invalid(DiameterMessage ccr, DiameterError error) {
        MessageBuilder b = cca(ccr, error.resultCode()).add(Rfc6733.ERROR_MESSAGE, error.text());
        if (error.failedAvp() != null) {
            b.add(Rfc6733.FAILED_AVP, g -> g.add(error.failedAvp()));
        }
        return b.build();
    }

    private static long requestNumber(DiameterMessage ccr) {
        return ccr.avp(Rfc4006.CC_REQUEST_NUMBER).map(Avp::asUnsigned32).orElse(0L);
    }

    private CompletionStage<DiameterMessage> terminate(DiameterMessage ccr) {
        String sid = ccr.sessionId().orElseThrow();
        ctx.unlinked(sid);
        return ctx.store().sessions().findByLinkedSessionId(sid).thenCompose(gx -> {
            if (gx.isEmpty()) {
                long rc = ctx.released().take(sid) ? ResultCodes.DIAMETER_SUCCESS : ResultCodes.DIAMETER_UNKNOWN_SESSION_ID;
                return done(cca(ccr, rc).build());
            }
            return S9aLinks.unlink(ctx.store().sessions(), gx.get(), sid)
                    .thenApply(x -> cca(ccr, ResultCodes.DIAMETER_SUCCESS).build());
        });
    }

    private MessageBuilder cca(DiameterMessage ccr, long resultCode) {
        return MessageBuilder.answer(ctx.dictionary(), ccr)
                .add(Rfc6733.AUTH_APPLICATION_ID, ccr.applicationId())
                .originHost(ctx.originHost())
                .originRealm(ctx.originRealm())
                .resultCode(resultCode)
                .add(Rfc4006.CC_REQUEST_TYPE, ccr.avp(Rfc4006.CC_REQUEST_TYPE).map(Avp::asInt).orElse(INITIAL))
                .add(Rfc4006.CC_REQUEST_NUMBER, ccr.avp(Rfc4006.CC_REQUEST_NUMBER).map(Avp::asUnsigned32).orElse(0L));
    }

    private static LinkedInterface iface(DiameterMessage m) {
        return m.applicationId() == S9aContext.S9 ? LinkedInterface.S9 : LinkedInterface.S9A;
    }

    private static <T> CompletionStage<T> done(T v) {
        return CompletableFuture.completedFuture(v);
    }
}
