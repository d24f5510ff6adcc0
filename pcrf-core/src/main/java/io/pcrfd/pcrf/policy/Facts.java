package io.pcrfd.pcrf.policy;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * The facts conditions are tested against, gathered once per decision from the
 * {@link Situation}. The decision instant in the policy zone is worked out only when a time or
 * day condition asks for it: most plans have none, and the conversion (calendar fields from an
 * epoch instant and a zone's rules) was the single largest cost of a decision without one.
 */
final class Facts {
    private final Situation situation;
    private final Map<String, String> attributes;
    private final Set<String> homePlmns;
    private ZonedDateTime localNow;

    /**
     * @param situation the situation decided on
     * @param homePlmns home MCC+MNC values
     */
    Facts(Situation situation, Set<String> homePlmns) {
        this.situation = situation;
        this.attributes = situation.subscriber().map(Subscriber::attributes).orElse(Map.of());
        this.homePlmns = homePlmns;
    }

    Situation situation() {
        return situation;
    }

    /** The subscriber's attributes (empty when unknown). */
    Map<String, String> attributes() {
        return attributes;
    }

    /** The decision instant in the policy zone, worked out on first use. */
    ZonedDateTime localNow() {
        ZonedDateTime t = localNow;
        if (t == null) {
            t = situation.now().atZone(situation.zone());
            localNow = t;
        }
        return t;
    }

    IpCanContext context() {
        return situation.context();
    }

    /** Roaming when a serving MCC-MNC is known and is not a home PLMN. */
    boolean roaming() {
        String serving = situation.context().servingMccMnc();
        return serving != null && !homePlmns.isEmpty() && !homePlmns.contains(serving);
    }
}
