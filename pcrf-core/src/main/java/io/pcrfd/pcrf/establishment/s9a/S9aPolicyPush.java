package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.pcrf.policy.QosRuleDerivation.QosRule;
import io.pcrfd.pcrf.policy.QosRuleDerivation.QosRuleDiff;
import io.pcrfd.pcrf.policy.QosRuleDerivation;
import io.pcrfd.pcrf.qos.UsageMonitoringAvps;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.LinkedSession;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PCRF-initiated S9a procedures (TS 29.215 §A.5.3.2, §A.5.2): a change of the Gx policy goes
 * to the BPCF as a RAR with QoS-Rule-Install/Remove; QoS-Rule-Report in the RAA is applied back
 * to the Gx session; a usage report asked of the Gx gateway is asked of the BPCF too (RAR with
 * Usage-Monitoring-Report REQUIRED, TS 29.212 §4.5.16); the end of the Gx session releases the
 * S9a session with a RAR carrying Session-Release-Cause, after which the BPCF sends CCR-T (S9a
 * has neither ASR nor STR). An RAA 5002 means the BPCF no longer knows the session: it is
 * unlinked.
 *
 * <p>The cause is UNSPECIFIED_REASON (0). TS 29.212 §5.3.44 reserves IP_CAN_SESSION_TERMINATION
 * (3) and UE_IP_ADDRESS_RELEASE (4) for Sd (the PCRF ending a TDF session); of the values left,
 * UE_SUBSCRIPTION_REASON (1) says the subscription changed and INSUFFICIENT_SERVER_RESOURCES (2)
 * that the server is overloaded, neither of which is why an S9a (or S9) session follows its Gx
 * session to its end.
 */
public final class S9aPolicyPush {
    private static final Logger LOG = LoggerFactory.getLogger(S9aPolicyPush.class);
    /** TS 29.212 §5.3.44; see the class comment. */
    static final int RELEASE_CAUSE = Ts29212.SessionReleaseCause.UNSPECIFIED_REASON;
    private final S9aContext ctx;

    public S9aPolicyPush(S9aContext ctx) {
        this.ctx = ctx;
    }

    /** Sends the QoS rule difference between two Gx policies to every session linked to {@code gx}. */
    public CompletionStage<Void> policyChanged(IpCanSession gx, PolicyState before, PolicyState after) {
        QosRuleDiff diff = QosRuleDerivation.diff(before, after);
        List<QosRule> now = QosRuleDerivation.derive(after);
        return forEachLink(links(gx), link -> push(gx, link, diff, now));
    }

    /**
     * The Gx side decided again for {@code gx}: the installed policy is compared with the rules
     * last sent on each linked session, and only a difference is sent.
     */
    public CompletionStage<Void> policyDecided(IpCanSession gx) {
        List<LinkedSession> links = links(gx);
        if (links.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return ctx.gx().fixedPolicy(gx).thenCompose(policy -> {
            List<QosRule> now = QosRuleDerivation.derive(policy);
            return forEachLink(links, link -> push(gx, link, diff(ctx.sentRules(link.sessionId()), now), now));
        });
    }

    /**
     * Asks the BPCF of every S9a session linked to {@code gx} for a usage report of
     * {@code monitoringKeys} now: a RAR with one Usage-Monitoring-Information { Monitoring-Key,
     * Usage-Monitoring-Report = USAGE_MONITORING_REPORT_REQUIRED } per key (TS 29.212 §4.5.16,
     * §5.3.60, carried in S9a's {@code *[AVP]}, see the package documentation). The BPCF answers
     * RAA and reports in a CCR-U, which meters the usage as any other. S9 sessions (V-PCRF) are
     * not asked: their usage is the visited network's, reported on its own Gx.
     */
    public CompletionStage<Void> requestUsageReport(IpCanSession gx, List<String> monitoringKeys) {
        List<LinkedSession> s9a = links(gx).stream().filter(l -> l.iface() == LinkedInterface.S9A).toList();
        return forEachLink(s9a, link -> {
            MessageBuilder rar = rar(link);
            monitoringKeys.forEach(key -> rar.add(Ts29212.USAGE_MONITORING_INFORMATION,
                    g -> UsageMonitoringAvps.reportRequired(g, key)));
            LOG.info("S9a session {} RAR (usage report required for {}) to {}", link.sessionId(), monitoringKeys,
                    link.peer());
            return ctx.send(rar.build()).thenCompose(raa -> afterRaa(gx, link, raa));
        });
    }

    /** Asks the peer of every S9a/S9 session linked to the ended {@code gx} to end it. */
    public CompletionStage<Void> release(IpCanSession gx) {
        return releaseLinks(gx.sessionId(), links(gx));
    }

    /** As {@link #release(IpCanSession)} when only the Gx Session-Id is known (it is gone from the store). */
    public CompletionStage<Void> release(String gxSessionId) {
        return releaseLinks(gxSessionId, ctx.linksOf(gxSessionId));
    }

    private CompletionStage<Void> releaseLinks(String gxSessionId, List<LinkedSession> links) {
        return forEachLink(links, link -> {
            ctx.released().add(link.sessionId());
            DiameterMessage rar = rar(link).add(Ts29212.SESSION_RELEASE_CAUSE, RELEASE_CAUSE).build();
            return ctx.send(rar).thenApply(raa -> {
                LOG.info("S9a session {} released (IP-CAN session {} ended): RAA {}", link.sessionId(),
                        gxSessionId, resultCode(raa));
                return null;
            });
        });
    }

    private CompletionStage<?> push(IpCanSession gx, LinkedSession link, QosRuleDiff diff, List<QosRule> now) {
        if (diff.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        MessageBuilder rar = rar(link);
        QosRuleAvps.install(rar, diff.install());
        QosRuleAvps.remove(rar, diff.remove());
        ctx.sent(link.sessionId(), now);
        return ctx.send(rar.build()).thenCompose(raa -> afterRaa(gx, link, raa));
    }

    static QosRuleDiff diff(List<QosRule> before, List<QosRule> after) {
        Map<String, QosRule> old = new LinkedHashMap<>();
        before.forEach(r -> old.put(r.name(), r));
        Set<String> names = new LinkedHashSet<>();
        after.forEach(r -> names.add(r.name()));
        List<QosRule> install = after.stream().filter(r -> !r.equals(old.get(r.name()))).toList();
        List<String> remove = old.keySet().stream().filter(n -> !names.contains(n)).toList();
        return new QosRuleDiff(install, remove);
    }

    /**
     * True when {@code gx} is linked to an S9a or S9 session (in its record or made on this node
     * and not yet stored); allocates nothing, for the per-decision test of the Gx listener.
     */
    public boolean linked(IpCanSession gx) {
        List<LinkedSession> stored = gx.linkedSessions();
        for (int i = 0; i < stored.size(); i++) {
            if (peerLink(stored.get(i))) {
                return true;
            }
        }
        return linked(gx.sessionId());
    }

    /**
     * True when S9a or S9 sessions made on this node are linked to the Gx session
     * {@code gxSessionId} ({@link #release(String)} has something to release); allocates nothing.
     */
    public boolean linked(String gxSessionId) {
        return !ctx.linksOf(gxSessionId).isEmpty();
    }

    private static boolean peerLink(LinkedSession l) {
        return l.iface() == LinkedInterface.S9A || l.iface() == LinkedInterface.S9;
    }

    /** The S9a/S9 sessions linked to {@code gx}, once each; empty without building anything when none is. */
    private List<LinkedSession> links(IpCanSession gx) {
        if (!linked(gx)) {
            return List.of();
        }
        Map<String, LinkedSession> all = new LinkedHashMap<>();
        for (LinkedSession l : gx.linkedSessions()) {
            if (peerLink(l)) {
                all.put(l.sessionId(), l);
            }
        }
        ctx.linksOf(gx.sessionId()).forEach(l -> all.putIfAbsent(l.sessionId(), l));
        return List.copyOf(all.values());
    }

    private static CompletionStage<Void> forEachLink(List<LinkedSession> links,
                                                     Function<LinkedSession, CompletionStage<?>> action) {
        CompletableFuture<?>[] all = links.stream().map(l -> action.apply(l).toCompletableFuture()
                .exceptionally(e -> {
                    // A RAR without RAA changes nothing here; the peer layer has logged the timeout.
                    LOG.info("RAR on S9a session {} got no answer: {}", l.sessionId(), e.toString());
                    return null;
                })).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(all);
    }

    private MessageBuilder rar(LinkedSession link) {
        long app = link.iface() == LinkedInterface.S9 ? S9aContext.S9 : S9aContext.S9A;
        return MessageBuilder.request(ctx.dictionary(), app, "RAR")
                .add(Rfc6733.SESSION_ID, link.sessionId())
                .add(Rfc6733.AUTH_APPLICATION_ID, app)
                .originHost(ctx.originHost())
                .originRealm(ctx.originRealm())
                .add(Rfc6733.DESTINATION_REALM, ctx.realmOf(link.peer()))
                .add(Rfc6733.DESTINATION_HOST, link.peer())
                .add(Rfc6733.RE_AUTH_REQUEST_TYPE, Rfc6733.ReAuthRequestType.AUTHORIZE_ONLY);
    }

    private CompletionStage<Void> afterRaa(IpCanSession gx, LinkedSession link, DiameterMessage raa) {
        long rc = resultCode(raa);
        if (rc == ResultCodes.DIAMETER_UNKNOWN_SESSION_ID) {
            LOG.info("BPCF {} no longer knows S9a session {}: unlinked", link.peer(), link.sessionId());
            ctx.unlinked(link.sessionId());
            return ctx.store().sessions().get(gx.sessionId()).thenCompose(cur -> cur
                    .map(c -> S9aLinks.unlink(ctx.store().sessions(), c, link.sessionId()).<Void>thenApply(x -> null))
                    .orElse(CompletableFuture.completedFuture(null)));
        }
        var rejected = QosRuleAvps.rejected(raa);
        return rejected.isEmpty() ? CompletableFuture.completedFuture(null) : ctx.gx().qosRulesRejected(gx, rejected);
    }

    private static long resultCode(DiameterMessage answer) {
        return ResultCodes.of(answer);
    }
}
