package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.pcrf.policy.PolicyState;
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
     * A QoS rule the BPCF rejected.
     *
     * @param name            QoS-Rule-Name (the PCC rule's name)
     * @param ruleFailureCode Rule-Failure-Code (TS 29.212 §5.3.38), 0 when absent
     */
    record RejectedQosRule(String name, int ruleFailureCode) {
    }
}
