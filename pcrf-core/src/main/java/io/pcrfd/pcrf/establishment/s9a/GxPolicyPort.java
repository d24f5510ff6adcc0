package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.pcrf.policy.UsageGrant;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.pcrf.policy.UsageGrant;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.store.model.IpCanSession;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * What the S9a side needs from the Gx side; the Gx package implements it (it owns the
 * encoding of {@link IpCanSession#policyState()} and the RAR towards the PCEF).
 */
public interface GxPolicyPort {

    /** The policy installed at the PCEF for {@code gx} (the source of the S9a QoS rules). */
    CompletionStage<PolicyState> installedPolicy(IpCanSession gx);

    /**
     * The BPCF could not enforce these QoS rules (QoS-Rule-Report with PCC-Rule-Status
     * INACTIVE). The Gx side applies its policy for that, for example removing the PCC rules
     * of the same names from the PCEF by RAR (TS 29.213 §E.4.3: the PCRF may remove the
     * corresponding PCC rules when the BPCF rejects admission).
     */
    CompletionStage<Void> qosRulesRejected(IpCanSession gx, List<RejectedQosRule> rejected);

    /**
     * The policy the BPCF's QoS rules derive from: the installed Gx policy, or, when usage is
     * metered ({@code io.pcrfd.pcrf.metering}), the decision for the session with the actions of
     * the crossed thresholds meant for the fixed network instead of the mobile network's.
     */
    default CompletionStage<PolicyState> fixedPolicy(IpCanSession gx) {
        return installedPolicy(gx);
    }

    /**
     * Usage the BPCF reported on an S9a session linked to {@code gx} (CCR-U with
     * Usage-Monitoring-Information, TS 29.212 §4.5.16 as used on S9a): metered with the
     * subscriber's mobile usage as one report {@code reportId}; the subscriber's Gx sessions are
     * then decided again (a threshold crossed on the line throttles the mobile session too). The
     * stage completes with the grants for the CCA (none when nothing is metered).
     */
    default CompletionStage<List<UsageGrant>> fixedUsage(IpCanSession gx, String reportId, List<UsageReport> reports) {
        return java.util.concurrent.CompletableFuture.completedFuture(List.of());
    }

    /**
     * A QoS rule the BPCF rejected.
     *
     * @param name            QoS-Rule-Name (the PCC rule's name)
     * @param ruleFailureCode Rule-Failure-Code (TS 29.212 §5.3.38), 0 when absent
     */
    record RejectedQosRule(String name, int ruleFailureCode) {
    }
}
