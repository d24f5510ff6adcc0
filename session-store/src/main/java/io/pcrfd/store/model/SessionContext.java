package io.pcrfd.store.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The session context: what a session context exposure API shows of an ongoing or a
 * closed IP-CAN session, keyed by APN + trafficId (IMSI, or MSISDN when there is no IMSI).
 *
 * <p>Ongoing contexts are derived from the live {@link IpCanSession} on every read, so they
 * are never stale. A closed context is written once, when the session closes, and kept until
 * {@code expiresAt} (the retention the caller chose). Several sessions of one APN + trafficId
 * each keep their own context, closed ones too: they are told apart by Session-Id (where an
 * exposure API built on one context per APN + trafficId would keep only the last one).
 *
 * @param trafficId      idType + idValue
 * @param mcc            first three digits of 3GPP-SGSN-MCC-MNC, or null
 * @param mnc            the remaining two or three digits, or null
 * @param pccRuleIds     pccRules.pccRuleIds
 * @param pccRulesTime   pccRules.time
 * @param pcef           the gateway's Origin-Host (the "pcef" field)
 * @param expiresAt      for an ongoing context the session's expiry, for a closed one the end
 *                       of its retention
 * @param usage          the session's usage monitors with the octets used so far (TS 29.212
 *                       §4.5.16), the accumulated usage shown with the context
 */
public record SessionContext(SubscriberId trafficId, String apn, String sessionId,
                             SessionState state, String ipv4Addr, String ipv6Prefix,
                             Instant startTime, Instant updateTime, String mcc, String mnc,
                             String ratType, List<String> pccRuleIds, Instant pccRulesTime,
                             AuthorizedQos qos, List<PresenceReportingArea> pra, String pcef,
                             Instant expiresAt, List<UsageMonitor> usage) {

    public SessionContext {
        Objects.requireNonNull(trafficId, "trafficId");
        Objects.requireNonNull(apn, "apn");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(expiresAt, "expiresAt");
        pccRuleIds = pccRuleIds == null ? List.of() : List.copyOf(pccRuleIds);
        pra = pra == null ? List.of() : List.copyOf(pra);
        usage = usage == null ? List.of() : List.copyOf(usage);
    }

    /**
     * The context of {@code s} in the given state.
     *
     * @throws IllegalArgumentException when the session has neither IMSI nor MSISDN (contexts
     *                                  are keyed by one of them; NAI is not supported)
     */
    public static SessionContext of(IpCanSession s, SessionState state, Instant updateTime,
                                    Instant expiresAt) {
        SubscriberId id = s.trafficId();
        if (id == null) {
            throw new IllegalArgumentException("session " + s.sessionId() + " has no IMSI/MSISDN");
        }
        String mccMnc = s.sgsnMccMnc();
        boolean splittable = mccMnc != null && mccMnc.length() >= 5;
        return new SessionContext(id, s.apn(), s.sessionId(), state, s.ueIpv4(),
                s.ueIpv6Prefix(), s.startedAt(), updateTime,
                splittable ? mccMnc.substring(0, 3) : null,
                splittable ? mccMnc.substring(3) : null, s.ratType(), s.pccRules(),
                s.pccRulesChangedAt(), s.qos(), s.presenceReportingAreas(), s.gatewayHost(),
                expiresAt, s.usageMonitors());
    }

    /**
     * The ongoing context of a live session. Its update time is the later of the session's
     * last update and the last time an exposure client asked for the subscriber's state
     * ({@link IpCanSession#stateQueriedAt}), which moves only the context's time and not the
     * session's activity (that drives the inactivity audit).
     */
    public static SessionContext ongoing(IpCanSession s) {
        Instant queried = s.stateQueriedAt();
        Instant updated = queried != null && queried.isAfter(s.updatedAt()) ? queried : s.updatedAt();
        return of(s, SessionState.ONGOING, updated, s.expiresAt());
    }
}
