package io.pcrfd.pcrf.policy;

import java.util.Set;

/**
 * What a session has now: the state last accepted by the PCEF and the rules it reported as
 * failed. {@link #NEW} is the session of a CCR-I.
 *
 * @param installed   the state the PCEF has
 * @param failedRules rule names the PCEF reported INACTIVE and the policy still wants
 */
public record PolicySession(PolicyState installed, Set<String> failedRules) {
    public static final PolicySession NEW = new PolicySession(PolicyState.EMPTY, Set.of());

    public PolicySession {
        failedRules = Set.copyOf(failedRules);
    }
}
