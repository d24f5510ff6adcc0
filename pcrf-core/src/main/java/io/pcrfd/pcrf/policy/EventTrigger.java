package io.pcrfd.pcrf.policy;

import io.pcrfd.diameter.spec.Ts29212;
import java.util.Map;

/**
 * Event-Trigger (TS 29.212 §5.3.7, AVP 1006) as its numeric value, an open set. Names follow
 * the spec's spelling; values 8-10 (Rel-7) and 31, 32, 38, 41 are unnamed.
 * {@link #USAGE_REPORT} (33) is the current usage-report trigger; {@link #TAI_CHANGE_OR_OLD_USAGE_REPORT}
 * (26) is what pre-Rel-9 gateways sent with usage reports, so the runtime accepts both.
 */
public record EventTrigger(int value) implements Comparable<EventTrigger> {
    public static final EventTrigger RAT_CHANGE = new EventTrigger(Ts29212.EventTrigger.RAT_CHANGE);
    public static final EventTrigger PLMN_CHANGE = new EventTrigger(Ts29212.EventTrigger.PLMN_CHANGE);
    public static final EventTrigger IP_CAN_CHANGE = new EventTrigger(Ts29212.EventTrigger.IP_CAN_CHANGE);
    public static final EventTrigger REVALIDATION_TIMEOUT = new EventTrigger(Ts29212.EventTrigger.REVALIDATION_TIMEOUT);
    public static final EventTrigger TAI_CHANGE_OR_OLD_USAGE_REPORT = new EventTrigger(Ts29212.EventTrigger.TAI_CHANGE);
    public static final EventTrigger USAGE_REPORT = new EventTrigger(Ts29212.EventTrigger.USAGE_REPORT);
    public static final EventTrigger UE_LOCAL_IP_ADDRESS_CHANGE = new EventTrigger(Ts29212.EventTrigger.UE_LOCAL_IP_ADDRESS_CHANGE);
    public static final EventTrigger HENB_LOCAL_IP_ADDRESS_CHANGE = new EventTrigger(Ts29212.EventTrigger.H_E_NB_LOCAL_IP_ADDRESS_CHANGE);

    private static final Map<String, Integer> NAMES = CodeNames.dictionaryNames(Ts29212.EVENT_TRIGGER);

    /** The trigger with this value: the constant above when there is one, so that reading one allocates nothing. */
    public static EventTrigger of(int value) {
        for (EventTrigger t : KNOWN) {
            if (t.value == value) {
                return t;
            }
        }
        return new EventTrigger(value);
    }

    private static final EventTrigger[] KNOWN = {RAT_CHANGE, PLMN_CHANGE, IP_CAN_CHANGE, REVALIDATION_TIMEOUT,
        TAI_CHANGE_OR_OLD_USAGE_REPORT, USAGE_REPORT, UE_LOCAL_IP_ADDRESS_CHANGE, HENB_LOCAL_IP_ADDRESS_CHANGE};

    /** Parses a name ({@code USAGE_REPORT}) or a number. */
    public static EventTrigger parse(String text) {
        return new EventTrigger(CodeNames.parse(text, NAMES, Ts29212.EVENT_TRIGGER.name()));
    }

    @Override
    public int compareTo(EventTrigger o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public String toString() {
        return CodeNames.name(value, NAMES);
    }
}
