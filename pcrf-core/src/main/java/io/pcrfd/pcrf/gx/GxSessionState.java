package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.policy.PolicySession;
import io.pcrfd.pcrf.policy.PolicyState;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Gx application remembers about one IP-CAN session beyond the store's own fields:
 * the policy state the PCEF has accepted (so the next decision is a diff against it), the
 * rules it reported as failed and why, the last CC-Request-Number (duplicate detection) and
 * the features negotiated on CCR-I. Kept as {@code IpCanSession.policyState} through
 * {@link GxStateCodec}, so it lives and dies with the session record in whichever store.
 *
 * @param installed         the state last sent to and accepted by the PCEF
 * @param failedRules       rule names reported INACTIVE that the policy still wants
 * @param ruleFailures      Rule-Failure-Code by rule name, as last reported
 * @param lastRequestNumber CC-Request-Number of the last CCR handled
 * @param features          the Supported-Features agreed on CCR-I
 */
public record GxSessionState(PolicyState installed, Set<String> failedRules, Map<String, Integer> ruleFailures,
                             long lastRequestNumber, List<FeatureList> features) {
    /**
     * Empty collections become the shared empty ones without a copy (the usual session: the
     * decision's empty failed rules are a sorted set, which {@code Set.copyOf} would copy).
     */
    public GxSessionState {
        installed = installed == null ? PolicyState.EMPTY : installed;
        failedRules = failedRules == null || failedRules.isEmpty() ? Set.of() : Set.copyOf(failedRules);
        ruleFailures = ruleFailures == null || ruleFailures.isEmpty() ? Map.of() : Map.copyOf(ruleFailures);
        features = features == null || features.isEmpty() ? List.of() : List.copyOf(features);
    }

    /** The engine's view of this session. */
    public PolicySession policySession() {
        return new PolicySession(installed, failedRules);
    }
}
