package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The {@code when} of a policy rule. Every condition written must hold (AND); within a list any
 * entry may match (OR); an empty {@code when} always holds.
 *
 * @param apn        Called-Station-Id patterns ({@code internet}, {@code *.ims})
 * @param rat        RAT-Type names or numbers
 * @param ipCanType  IP-CAN-Type names or numbers
 * @param access     access kinds: 3gpp, wlan, fixed
 * @param roaming    true: only when roaming; false: only at home
 * @param time       time-of-day windows in the policy zone
 * @param days       days of the week in the policy zone
 * @param usage      a usage level of one Monitoring-Key
 * @param attributes tests on subscriber attributes
 * @param counter    the status of one Sy policy counter (TS 29.219 §5.3.2); the counter is the
 *                   subscriber's, or its shared quota owner's
 */
public record Conditions(List<String> apn, List<RatType> rat, List<IpCanType> ipCanType, List<AccessKind> access,
                         Boolean roaming, List<TimeWindow> time, List<DayRange> days, UsageCondition usage,
                         Map<String, AttributeCondition> attributes, CounterCondition counter) {
    public static final Conditions ALWAYS = new Conditions(List.of(), List.of(), List.of(), List.of(), null,
            List.of(), List.of(), null, Map.of(), null);

    public Conditions {
        apn = List.copyOf(apn);
        rat = List.copyOf(rat);
        ipCanType = List.copyOf(ipCanType);
        access = List.copyOf(access);
        time = List.copyOf(time);
        days = List.copyOf(days);
        attributes = Map.copyOf(attributes);
        for (Map.Entry<String, AttributeCondition> e : attributes.entrySet()) {
            e.getValue().checkForm("attributes." + e.getKey());
        }
        InvalidValueException.check(apn.stream().noneMatch(String::isBlank), "apn", "an APN pattern must not be empty");
    }

    /** True when the rule depends on the clock: only such rules can flip by themselves. */
    public boolean timed() {
        return !time.isEmpty() || !days.isEmpty();
    }

    /** Every condition except time and days. Loops, not streams: this runs per rule per request. */
    boolean matchesUntimed(Facts s) {
        return matchesAccessAndUsage(s)
                && (counter == null || counter.matches(s.situation().counterStatuses().get(counter.id())));
    }

    /**
     * Every condition except time, days and the counter: when this holds, the rule's counter is
     * one the situation needs (its status decides whether the rule applies).
     */
    boolean matchesAccessAndUsage(Facts s) {
        IpCanContext r = s.context();
        return apnMatches(r.apn())
                && (rat.isEmpty() || (r.ratType() != null && rat.contains(r.ratType())))
                && (ipCanType.isEmpty() || (r.ipCanType() != null && ipCanType.contains(r.ipCanType())))
                && (access.isEmpty() || access.contains(r.access()))
                && (roaming == null || roaming == s.roaming())
                && (usage == null || usage.matches(s.situation().usageOf(usage.key()).total()))
                && attributesMatch(s.attributes());
    }

    private boolean apnMatches(String requested) {
        if (apn.isEmpty()) {
            return true;
        }
        for (String pattern : apn) {
            if (Glob.matches(pattern, requested)) {
                return true;
            }
        }
        return false;
    }

    private boolean attributesMatch(Map<String, String> subscriber) {
        for (Map.Entry<String, AttributeCondition> e : attributes.entrySet()) {
            if (!e.getValue().matches(subscriber.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The time and day conditions at local date-time {@code t}. */
    boolean matchesTime(ZonedDateTime t) {
        return inWindow(t) && onDay(t);
    }

    private boolean inWindow(ZonedDateTime t) {
        if (time.isEmpty()) {
            return true;
        }
        java.time.LocalTime local = t.toLocalTime();
        for (TimeWindow w : time) {
            if (w.contains(local)) {
                return true;
            }
        }
        return false;
    }

    private boolean onDay(ZonedDateTime t) {
        if (days.isEmpty()) {
            return true;
        }
        for (DayRange d : days) {
            if (d.contains(t.getDayOfWeek())) {
                return true;
            }
        }
        return false;
    }

    boolean matches(Facts s) {
        return matchesUntimed(s) && matchesTime(s);
    }

    /** The time and day conditions at the decision instant; the instant's local form only when asked. */
    boolean matchesTime(Facts f) {
        return time.isEmpty() && days.isEmpty() || matchesTime(f.localNow());
    }
}
