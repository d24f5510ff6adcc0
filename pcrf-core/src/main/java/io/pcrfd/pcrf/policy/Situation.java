package io.pcrfd.pcrf.policy;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * The facts conditions are tested against, gathered once per decision.
 *
 * @param request    the request
 * @param attributes the subscriber's attributes (empty when unknown)
 * @param input      the whole input, for usage totals
 * @param homePlmns  home MCC+MNC values
 * @param localNow   the decision instant in the policy zone
 */
record Situation(PolicyRequest request, Map<String, String> attributes, PolicyInput input,
                 Set<String> homePlmns, ZonedDateTime localNow) {

    /** Roaming when a serving MCC-MNC is known and is not a home PLMN. */
    boolean roaming() {
        String serving = request.servingMccMnc();
        return serving != null && !homePlmns.isEmpty() && !homePlmns.contains(serving);
    }
}
