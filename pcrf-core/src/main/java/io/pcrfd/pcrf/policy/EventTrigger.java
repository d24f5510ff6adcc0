package io.pcrfd.pcrf.policy;

import java.util.Map;
import java.util.TreeMap;

/**
 * Event-Trigger (TS 29.212 §5.3.7, AVP 1006) as its numeric value, an open set. Names follow
 * the spec's spelling (PROTOCOL.md §4.3); values 8-10 (Rel-7) and 31, 32, 38, 41 are unnamed.
 * {@link #USAGE_REPORT} (33) is the current usage-report trigger; {@link #TAI_CHANGE_OR_OLD_USAGE_REPORT}
 * (26) is what pre-Rel-9 gateways sent with usage reports, so the runtime accepts both.
 */
public record EventTrigger(int value) implements Comparable<EventTrigger> {
    public static final EventTrigger RAT_CHANGE = new EventTrigger(2);
    public static final EventTrigger PLMN_CHANGE = new EventTrigger(4);
    public static final EventTrigger IP_CAN_CHANGE = new EventTrigger(7);
    public static final EventTrigger REVALIDATION_TIMEOUT = new EventTrigger(17);
    public static final EventTrigger TAI_CHANGE_OR_OLD_USAGE_REPORT = new EventTrigger(26);
    public static final EventTrigger USAGE_REPORT = new EventTrigger(33);
    public static final EventTrigger UE_LOCAL_IP_ADDRESS_CHANGE = new EventTrigger(43);
    public static final EventTrigger HENB_LOCAL_IP_ADDRESS_CHANGE = new EventTrigger(44);

    private static final Map<String, Integer> NAMES = names();

    /** Parses a name ({@code USAGE_REPORT}) or a number. */
    public static EventTrigger parse(String text) {
        return new EventTrigger(CodeNames.parse(text, NAMES, "Event-Trigger"));
    }

    @Override
    public int compareTo(EventTrigger o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public String toString() {
        return CodeNames.name(value, NAMES);
    }

    private static Map<String, Integer> names() {
        Map<String, Integer> m = new TreeMap<>();
        m.put("SGSN_CHANGE", 0);
        m.put("QOS_CHANGE", 1);
        m.put("RAT_CHANGE", 2);
        m.put("TFT_CHANGE", 3);
        m.put("PLMN_CHANGE", 4);
        m.put("LOSS_OF_BEARER", 5);
        m.put("RECOVERY_OF_BEARER", 6);
        m.put("IP-CAN_CHANGE", 7);
        m.put("QOS_CHANGE_EXCEEDING_AUTHORIZATION", 11);
        m.put("RAI_CHANGE", 12);
        m.put("USER_LOCATION_CHANGE", 13);
        m.put("NO_EVENT_TRIGGERS", 14);
        m.put("OUT_OF_CREDIT", 15);
        m.put("REALLOCATION_OF_CREDIT", 16);
        m.put("REVALIDATION_TIMEOUT", 17);
        m.put("UE_IP_ADDRESS_ALLOCATE", 18);
        m.put("UE_IP_ADDRESS_RELEASE", 19);
        m.put("DEFAULT_EPS_BEARER_QOS_CHANGE", 20);
        m.put("AN_GW_CHANGE", 21);
        m.put("SUCCESSFUL_RESOURCE_ALLOCATION", 22);
        m.put("RESOURCE_MODIFICATION_REQUEST", 23);
        m.put("PGW_TRACE_CONTROL", 24);
        m.put("UE_TIME_ZONE_CHANGE", 25);
        m.put("TAI_CHANGE", 26);
        m.put("ECGI_CHANGE", 27);
        m.put("CHARGING_CORRELATION_EXCHANGE", 28);
        m.put("APN-AMBR_MODIFICATION_FAILURE", 29);
        m.put("USER_CSG_INFORMATION_CHANGE", 30);
        m.put("USAGE_REPORT", 33);
        m.put("DEFAULT-EPS-BEARER-QOS_MODIFICATION_FAILURE", 34);
        m.put("USER_CSG_HYBRID_SUBSCRIBED_INFORMATION_CHANGE", 35);
        m.put("USER_CSG_HYBRID_UNSUBSCRIBED_INFORMATION_CHANGE", 36);
        m.put("ROUTING_RULE_CHANGE", 37);
        m.put("APPLICATION_START", 39);
        m.put("APPLICATION_STOP", 40);
        m.put("CS_TO_PS_HANDOVER", 42);
        m.put("UE_LOCAL_IP_ADDRESS_CHANGE", 43);
        m.put("H(E)NB_LOCAL_IP_ADDRESS_CHANGE", 44);
        m.put("ACCESS_NETWORK_INFO_REPORT", 45);
        m.put("CREDIT_MANAGEMENT_SESSION_FAILURE", 46);
        m.put("DEFAULT_QOS_CHANGE", 47);
        m.put("CHANGE_OF_UE_PRESENCE_IN_PRESENCE_REPORTING_AREA_REPORT", 48);
        m.put("ADDITION_OF_ACCESS", 49);
        m.put("REMOVAL_OF_ACCESS", 50);
        m.put("UNAVAILABILITY_OF_ACCESS", 51);
        m.put("AVAILABILITY_OF_ACCESS", 52);
        m.put("RESOURCE_RELEASE", 53);
        m.put("ENODEB_CHANGE", 54);
        m.put("3GPP_PS_DATA_OFF_CHANGE", 55);
        m.put("UE_STATUS_RESUME", 56);
        return Map.copyOf(m);
    }
}
