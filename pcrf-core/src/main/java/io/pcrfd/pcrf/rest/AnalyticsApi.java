package io.pcrfd.pcrf.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the analytics routes ({@link AnalyticsRoutes}, session context exposure) ask of the
 * running node, and the shapes they answer with. Every method may block on the store or on RAA
 * round trips; the server calls them on virtual threads.
 */
public interface AnalyticsApi {

    /** {@code exposure.enabled}: while false, only the errors of {@link AnalyticsRoutes} are answered. */
    boolean enabled();

    /** True when the node knows the subscriber: it has a context, or the policy lists it. */
    boolean known(SubscriberKey subscriber);

    /** The subscriber's ongoing and closed contexts, ongoing first; empty when it has none. */
    List<Context> contexts(SubscriberKey subscriber);

    /**
     * Online when the subscriber has an ongoing session. For each ongoing session with usage
     * monitoring, asks its gateway for a usage report (RAR); for the others, moves the context's
     * update time. Waits for the RAAs and then, up to {@code reportWaitMillis}, for the reports.
     */
    SubscriberState state(SubscriberKey subscriber, long reportWaitMillis);

    /** The IMSIs of the live sessions holding {@code address}, with the optional filters (null: any). */
    List<String> imsiList(IpQuery address, String apn, String pcef);

    /**
     * A subscriber as the path names it: an IMSI ({@code imsi-} prefix), an MSISDN
     * ({@code msisdn-} prefix), or bare digits, which match either.
     *
     * @param type IMSI, MSISDN or null for either
     */
    record SubscriberKey(String type, String value) {
    }

    /**
     * An address of the IMSI list: an IPv4 address, or an IPv6 prefix as {@code address/length}
     * in the store's text form (exactly one is set).
     */
    record IpQuery(String ipv4, String ipv6Prefix) {
    }

    /** One session context with the fields of the SAPC analytics API's table, plus ours. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Context(String sessionId, String state, TrafficId trafficId, String apn, String ipv4Addr,
                   String ipv6Prefix, String startTime, String updateTime, String mcc, String mnc,
                   String ratType, PccRules pccRules, Qos qos, List<Pra> pra, String pcef, List<Usage> usage) {
    }

    record TrafficId(String idType, String idValue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PccRules(List<String> pccRuleIds, String time) {
    }

    /** Bit rates in kbit/s; arpPvi and arpPci true mean DISABLED. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Qos(Integer qci, Long apnAmbrDl, Long apnAmbrUl, String bearerId, Long mbrDl, Long mbrUl,
               Integer arpPrio, Boolean arpPvi, Boolean arpPci) {
    }

    /** @param praStatus Unknown, In or Out */
    record Pra(long praId, String praStatus) {
    }

    /**
     * The session's usage of one Monitoring-Key (TS 29.212 §4.5.16), in octets.
     *
     * @param level SESSION_LEVEL or PCC_RULE_LEVEL
     */
    record Usage(String monitoringKey, String level, long usedOctets, long grantedOctets) {
    }

    /**
     * @param state    online or offline
     * @param sessions what was done for each ongoing session
     * @param contexts the ongoing contexts when the answer was written
     */
    record SubscriberState(String subscriberId, String state, List<SessionAction> sessions, List<Context> contexts) {
    }

    /**
     * @param usageReport REQUESTED (RAR answered, report awaited), REPORTED (the report came
     *                    in within the wait), NOT_MONITORED (update time moved only), or
     *                    what came of the RAR otherwise (UNANSWERED, REFUSED_BY_PCEF,
     *                    SESSION_REMOVED, SESSION_UNKNOWN)
     */
    record SessionAction(String sessionId, String apn, String usageReport) {
    }

    /** A node without session context exposure: disabled, and no subscriber is known. */
    static AnalyticsApi disabled() {
        return new AnalyticsApi() {
            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public boolean known(SubscriberKey subscriber) {
                return false;
            }

            @Override
            public List<Context> contexts(SubscriberKey subscriber) {
                return List.of();
            }

            @Override
            public SubscriberState state(SubscriberKey subscriber, long reportWaitMillis) {
                return new SubscriberState(subscriber.value(), "offline", List.of(), List.of());
            }

            @Override
            public List<String> imsiList(IpQuery address, String apn, String pcef) {
                return List.of();
            }
        };
    }
}
