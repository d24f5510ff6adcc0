package io.pcrfd.pcrf.policy;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * The facts conditions are tested against, gathered once per decision from the
 * {@link Situation}.
 *
 * @param situation  the situation decided on
 * @param attributes the subscriber's attributes (empty when unknown)
 * @param homePlmns  home MCC+MNC values
 * @param localNow   the decision instant in the policy zone
 */
record Facts(Situation situation, Map<String, String> attributes, Set<String> homePlmns, ZonedDateTime localNow) {

    IpCanContext context() {
        return situation.context();
    }

    /** Roaming when a serving MCC-MNC is known and is not a home PLMN. */
    boolean roaming() {
        String serving = situation.context().servingMccMnc();
        return serving != null && !homePlmns.isEmpty() && !homePlmns.contains(serving);
    }
}
