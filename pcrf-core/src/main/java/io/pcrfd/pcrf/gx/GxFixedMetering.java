package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.metering.Network;
import io.pcrfd.pcrf.metering.UsageMeters;
import io.pcrfd.pcrf.policy.Decision;
import io.pcrfd.pcrf.policy.IpCanContext;
import io.pcrfd.pcrf.policy.PolicyEvent;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.pcrf.policy.UsageGrant;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.store.model.IpCanSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fixed network's side of usage metering, for the S9a port ({@link GxQosPort}): the BPCF's
 * usage goes to the same meters as the PCEF's, and the BPCF's QoS rules derive from a decision
 * that carries the fixed network's threshold actions. After fixed usage is metered, every Gx
 * session of the subscriber is decided again (reason USAGE_THRESHOLD): a threshold crossed on
 * the line throttles the mobile session by RAR, and the decision's listener pushes the linked
 * S9a sessions their new QoS rules.
 */
final class GxFixedMetering {
    private static final Logger LOG = LoggerFactory.getLogger(GxFixedMetering.class);
    private final GxContext ctx;
    private final GxPolicyPusher pusher;

    GxFixedMetering(GxContext ctx, GxPolicyPusher pusher) {
        this.ctx = ctx;
        this.pusher = pusher;
    }

    /** The policy the BPCF's QoS rules derive from: see {@code GxPolicyPort#fixedPolicy}. */
    CompletionStage<PolicyState> fixedPolicy(IpCanSession gx) {
        PolicyState installed = GxStateCodec.installed(gx.policyState());
        if (!ctx.meters().enabled()) {
            return CompletableFuture.completedFuture(installed);
        }
        IpCanContext c = RequestContext.context(gx);
        return ctx.decide(c, PolicyEvent.of(PolicyEvent.Kind.BPCF_REPORT), SessionRecords.state(gx).policySession(),
                        GxContext.usageOwner(c, gx.sessionId()), gx, Network.FIXED, GxContext.Reported.NOTHING)
                .thenApply(d -> d instanceof Decision.Accept a ? a.target() : installed);
    }

    /** Meters the BPCF's usage, re-decides the subscriber's sessions, and returns the grants for the CCA. */
    CompletionStage<List<UsageGrant>> fixedUsage(IpCanSession gx, String reportId, List<UsageReport> reports) {
        UsageMeters meters = ctx.meters();
        if (!meters.enabled()) {
            return CompletableFuture.completedFuture(List.of());
        }
        String owner = GxContext.usageOwner(RequestContext.context(gx), gx.sessionId());
        // the meters record() returns are those after the report: the grants come from them, not
        // from a second read of the store (one Redis round trip less per S9a usage report)
        return ctx.situation(gx).thenCompose(s -> reports.isEmpty() ? meters.overlay(owner, s, Network.FIXED)
                        : meters.record(owner, reportId, s, Network.FIXED, reports)
                                .thenApply(after -> meters.overlay(s, Network.FIXED, after)))
                .thenApply(o -> {
                    pushSubscriber(gx, reportId);
                    return o.grants();
                });
    }

    private void pushSubscriber(IpCanSession gx, String reportId) {
        CompletionStage<List<IpCanSession>> sessions = gx.trafficId() == null
                ? CompletableFuture.completedFuture(List.of(gx))
                : ctx.store().sessions().findBySubscriber(gx.trafficId());
        sessions.thenAccept(all -> all.forEach(s -> pusher.push(s.sessionId(), GxPolicyPusher.Reason.USAGE_THRESHOLD)
                .whenComplete((outcome, failure) -> {
                    if (failure != null) {
                        LOG.warn("Session-Id={} push after fixed usage {} failed: {}", s.sessionId(), reportId,
                                failure.toString());
                    } else if (outcome != GxPolicyPusher.Outcome.NOTHING_TO_SEND) {
                        LOG.info("Session-Id={} policy pushed after fixed-line usage {}: {}", s.sessionId(), reportId,
                                outcome);
                    }
                })));
    }
}
