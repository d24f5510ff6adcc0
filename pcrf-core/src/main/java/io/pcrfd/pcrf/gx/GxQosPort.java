package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.model.IpCanSession;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Gx side of S9a (TS 29.213 §E.4): the policy installed at the PCEF is the source of the BPCF's
 * QoS rules, and QoS rules the BPCF rejected are handled as {@link GxSettings.RuleFailureHandling}
 * says for rules the PCEF itself reported failed (TS 29.213 §E.4.3 lets the PCRF remove the
 * corresponding PCC rules):
 *
 * <ul>
 *   <li>{@code KEEP_OUT}: the rules are recorded as failed (with the Rule-Failure-Code) and a RAR
 *       removes the PCC rules of the same names from the PCEF; later decisions leave them out
 *       while the policy wants them, as for a Charging-Rule-Report failure.</li>
 *   <li>{@code RETRY}: only the Rule-Failure-Code is recorded; the PCC rules stay at the PCEF
 *       (the next decision offers the QoS rule to the BPCF again).</li>
 * </ul>
 * A rejected name that is not an installed PCC rule is ignored.
 */
final class GxQosPort implements GxPolicyPort {
    private static final Logger LOG = LoggerFactory.getLogger(GxQosPort.class);
    private static final int CAS_ATTEMPTS = 3;

    private final GxContext ctx;
    private final GxPolicyPusher pusher;
    private final GxFixedMetering metering;

    GxQosPort(GxContext ctx, GxPolicyPusher pusher) {
        this.ctx = ctx;
        this.pusher = pusher;
        this.metering = new GxFixedMetering(ctx, pusher);
    }

    @Override
    public CompletionStage<PolicyState> fixedPolicy(IpCanSession gx) {
        return metering.fixedPolicy(gx);
    }

    @Override
    public CompletionStage<List<io.pcrfd.pcrf.policy.UsageGrant>> fixedUsage(
            IpCanSession gx, String reportId, List<io.pcrfd.pcrf.policy.UsageReport> reports) {
        return metering.fixedUsage(gx, reportId, reports);
    }

    @Override
    public CompletionStage<PolicyState> installedPolicy(IpCanSession gx) {
        return CompletableFuture.completedFuture(GxStateCodec.installed(gx.policyState()));
    }

    @Override
    public CompletionStage<Void> qosRulesRejected(IpCanSession gx, List<RejectedQosRule> rejected) {
        Map<String, Integer> codes = new HashMap<>();
        Set<String> installed = GxStateCodec.installed(gx.policyState()).rules().keySet();
        rejected.stream().filter(r -> installed.contains(r.name()))
                .forEach(r -> codes.put(r.name(), r.ruleFailureCode()));
        if (codes.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        boolean remove = ctx.settings().ruleFailureHandling() == GxSettings.RuleFailureHandling.KEEP_OUT;
        LOG.info("Session-Id={} BPCF rejected QoS rules {} ({})", gx.sessionId(), codes,
                remove ? "removing the PCC rules" : "kept at the PCEF");
        return record(gx.sessionId(), codes, remove, CAS_ATTEMPTS).thenCompose(stored -> stored && remove
                ? pusher.push(gx.sessionId(), GxPolicyPusher.Reason.BPCF_REJECTION).thenApply(o -> null)
                : CompletableFuture.completedFuture(null));
    }

    /** Stores the failures (and, when {@code keepOut}, the names as failed rules); false when the session is gone. */
    private CompletionStage<Boolean> record(String sessionId, Map<String, Integer> codes, boolean keepOut,
                                            int attempts) {
        return ctx.store().sessions().get(sessionId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(false);
            }
            IpCanSession s = found.get();
            GxSessionState was = SessionRecords.state(s);
            Set<String> failed = new HashSet<>(was.failedRules());
            if (keepOut) {
                failed.addAll(codes.keySet());
            }
            Map<String, Integer> failures = new HashMap<>(was.ruleFailures());
            failures.putAll(codes);
            GxSessionState next = new GxSessionState(was.installed(), failed, failures, was.lastRequestNumber(),
                    was.features());
            return ctx.store().sessions().update(SessionRecords.withState(s, next))
                    .thenCompose(cas -> cas instanceof CasResult.Stale<?> && attempts > 1
                            ? record(sessionId, codes, keepOut, attempts - 1)
                            : CompletableFuture.completedFuture(cas instanceof CasResult.Applied<?>));
        });
    }
}
