package io.pcrfd.store.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One Gx IP-CAN session as the PCRF remembers it (TS 29.212 §4.5.1).
 *
 * <p>Identity fields never change after creation: {@code sessionId}, the subscriber ids,
 * {@code apn}, the UE addresses with their {@code ipDomainId}, and the gateway host. The
 * store refuses an update that changes them; a new UE address means a new IP-CAN session.
 * Everything else is replaced by compare-and-set on {@code version}, which the store assigns
 * (1 on create, +1 per update).
 *
 * @param imsi           IMSI from Subscription-Id, or null
 * @param msisdn         MSISDN (E.164) from Subscription-Id, or null
 * @param ueIpv6Prefix   Framed-IPv6-Prefix as {@code address/length}, or null
 * @param ipDomainId     IP-Domain-Id (TS 29.214, AVP 537) the gateway sent in its CCR-I, as
 *                       text (its octets read as UTF-8), or null. With the APN it names the
 *                       address space of the UE addresses (see {@link #inIpDomain})
 * @param gatewayOriginStateId the gateway's Origin-State-Id when the session was opened; a
 *                       higher one later means the gateway restarted (RFC 6733 §8.16)
 * @param ratType        RAT-Type by its enumerated name, e.g. {@code EUTRAN}, or its decimal
 *                       number when it has no name (an open set: any Integer32, e.g.
 *                       {@code -1}); may be null. The store keeps it as is and never reads it
 * @param ipCanType      IP-CAN-Type the same way, e.g. {@code 3GPP-EPS} or {@code 1073741829}
 * @param sgsnMccMnc     3GPP-SGSN-MCC-MNC as sent (5 or 6 digits); may be null
 * @param pccRules       names of installed PCC rules (rule, base or service names)
 * @param updatedAt      last time the gateway or the PCRF touched the session; drives the
 *                       inactivity audit
 * @param expiresAt      when the store expires the session if nobody has closed it by then
 *                       ({@link io.pcrfd.store.SessionStore#takeExpired} hands it over), or
 *                       {@link #NO_EXPIRY} for a session kept until it is closed
 * @param policyState    opaque text owned by the policy layer (the state installed at the
 *                       gateway, as the Gx handler encodes it); the store keeps it as is and
 *                       never reads it; may be null
 * @param stateQueriedAt the last time an exposure client asked for the subscriber's state
 *                       (the session context's update time moves with it, the session's
 *                       activity does not); null when never
 * @param lastRequestNumber the CC-Request-Number (RFC 4006 §8.2) of the last credit-control
 *                       request the policy layer handled for this session, which it compares
 *                       retransmissions against; 0 before any. Kept beside {@code policyState}
 *                       rather than in it, so that text changes only when the policy does. A
 *                       record written before this field existed reads as 0 (its number is then
 *                       the prefix of its {@code policyState}, which the policy layer reads)
 */
public record IpCanSession(
        String sessionId, long version, SessionState state,
        String imsi, String msisdn, String apn,
        String ueIpv4, String ueIpv6Prefix, String ipDomainId,
        String gatewayHost, String gatewayRealm, long gatewayOriginStateId,
        String ratType, String ipCanType, String sgsnMccMnc,
        AccessInfo access,
        List<String> pccRules, Instant pccRulesChangedAt,
        AuthorizedQos qos,
        List<PresenceReportingArea> presenceReportingAreas,
        List<UsageMonitor> usageMonitors,
        List<LinkedSession> linkedSessions,
        Instant startedAt, Instant updatedAt, Instant expiresAt,
        String policyState, Instant stateQueriedAt, long lastRequestNumber) {

    /**
     * The {@code expiresAt} of a session the store keeps until it is closed: its owner ends it
     * and nothing else does (pcrfd with {@code gx.inactivityTimeout: 0s}). The in-memory store
     * compares it like any instant; Redis keeps the session's keys without a TTL. A far date
     * rather than null, so that every reader still compares instants.
     */
    public static final Instant NO_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

    public IpCanSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(apn, "apn");
        Objects.requireNonNull(gatewayHost, "gatewayHost");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        state = state == null ? SessionState.ONGOING : state;
        access = access == null ? AccessInfo.NONE : access;
        pccRules = pccRules == null ? List.of() : List.copyOf(pccRules);
        presenceReportingAreas = presenceReportingAreas == null
                ? List.of() : List.copyOf(presenceReportingAreas);
        usageMonitors = usageMonitors == null ? List.of() : List.copyOf(usageMonitors);
        linkedSessions = linkedSessions == null ? List.of() : List.copyOf(linkedSessions);
    }

    /** A builder for a new session; the store assigns the version. */
    public static Builder builder(String sessionId) {
        return new Builder().sessionId(sessionId);
    }

    /** A builder holding every field of this session, to derive an updated copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The trafficId of a session context: IMSI when present, else MSISDN; null when the
     * session has neither.
     */
    public SubscriberId trafficId() {
        if (imsi != null) {
            return SubscriberId.imsi(imsi);
        }
        return msisdn == null ? null : SubscriberId.msisdn(msisdn);
    }

    /** False for a session kept until it is closed ({@link #NO_EXPIRY}). */
    public boolean expires() {
        return expiresAt.isBefore(NO_EXPIRY);
    }

    /** True when {@code other} has the same identity fields (those an update may not change). */
    public boolean sameIdentity(IpCanSession other) {
        return sessionId.equals(other.sessionId) && Objects.equals(imsi, other.imsi)
                && Objects.equals(msisdn, other.msisdn) && apn.equals(other.apn)
                && Objects.equals(ueIpv4, other.ueIpv4)
                && Objects.equals(ueIpv6Prefix, other.ueIpv6Prefix)
                && Objects.equals(ipDomainId, other.ipDomainId)
                && gatewayHost.equals(other.gatewayHost);
    }

    /**
     * True when this session's UE addresses belong to the address space named by {@code apn}
     * and {@code ipDomainId}. Private address pools overlap across APNs (PDNs) and across the
     * IP domains behind one APN, so a UE address names one IP-CAN session only within such a
     * space: the UE-address binding of TS 29.214 §4.4.1 (an AF session is bound by UE address,
     * APN and, when the AF sends one, IP-Domain-Id). The APN is compared without regard to
     * ASCII case (an APN is a DNS-style name, TS 23.003 §9.1, and DNS names compare so, RFC
     * 4343); the IP-Domain-Id exactly, and a session without one is in no IP domain, so it is
     * never in the space of an IP-Domain-Id nor the other way round.
     */
    public boolean inIpDomain(String otherApn, String otherIpDomainId) {
        return sameApn(apn, otherApn) && Objects.equals(ipDomainId, otherIpDomainId);
    }

    /**
     * Equal APNs: equal but for ASCII letter case. Only ASCII folds (as in the Redis store's
     * Lua, whose {@code string.lower} folds only ASCII), so both stores agree on every input.
     */
    public static boolean sameApn(String a, String b) {
        if (a == null || b == null || a.length() != b.length()) {
            return a == null && b == null;
        }
        for (int i = 0; i < a.length(); i++) {
            if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** This session with another version number; used by stores only. */
    public IpCanSession withVersion(long newVersion) {
        return with(newVersion, state);
    }

    /**
     * This session with another version and state, built directly rather than through a
     * {@link Builder} (a store's update path makes one per write); used by stores only.
     */
    public IpCanSession with(long newVersion, SessionState newState) {
        return with(newVersion, newState, updatedAt);
    }

    /** This session {@link SessionState#CLOSED} at {@code closedAt} (its last update); used by stores only. */
    public IpCanSession closed(Instant closedAt) {
        return with(version, SessionState.CLOSED, closedAt);
    }

    private IpCanSession with(long newVersion, SessionState newState, Instant newUpdatedAt) {
        return new IpCanSession(sessionId, newVersion, newState, imsi, msisdn, apn, ueIpv4, ueIpv6Prefix,
                ipDomainId, gatewayHost, gatewayRealm, gatewayOriginStateId, ratType, ipCanType, sgsnMccMnc,
                access, pccRules, pccRulesChangedAt, qos, presenceReportingAreas, usageMonitors, linkedSessions,
                startedAt, newUpdatedAt, expiresAt, policyState, stateQueriedAt, lastRequestNumber);
    }

    /** Mutable helper to build sessions; not thread-safe. */
    public static final class Builder {
        private String sessionId;
        private long version;
        private SessionState state = SessionState.ONGOING;
        private String imsi;
        private String msisdn;
        private String apn;
        private String ueIpv4;
        private String ueIpv6Prefix;
        private String ipDomainId;
        private String gatewayHost;
        private String gatewayRealm;
        private long gatewayOriginStateId;
        private String ratType;
        private String ipCanType;
        private String sgsnMccMnc;
        private AccessInfo access;
        private List<String> pccRules;
        private Instant pccRulesChangedAt;
        private AuthorizedQos qos;
        private List<PresenceReportingArea> presenceReportingAreas;
        private List<UsageMonitor> usageMonitors;
        private List<LinkedSession> linkedSessions;
        private Instant startedAt;
        private Instant updatedAt;
        private Instant expiresAt;
        private String policyState;
        private Instant stateQueriedAt;
        private long lastRequestNumber;

        private Builder() {
        }

        private Builder(IpCanSession s) {
            sessionId = s.sessionId;
            version = s.version;
            state = s.state;
            imsi = s.imsi;
            msisdn = s.msisdn;
            apn = s.apn;
            ueIpv4 = s.ueIpv4;
            ueIpv6Prefix = s.ueIpv6Prefix;
            ipDomainId = s.ipDomainId;
            gatewayHost = s.gatewayHost;
            gatewayRealm = s.gatewayRealm;
            gatewayOriginStateId = s.gatewayOriginStateId;
            ratType = s.ratType;
            ipCanType = s.ipCanType;
            sgsnMccMnc = s.sgsnMccMnc;
            access = s.access;
            pccRules = s.pccRules;
            pccRulesChangedAt = s.pccRulesChangedAt;
            qos = s.qos;
            presenceReportingAreas = s.presenceReportingAreas;
            usageMonitors = s.usageMonitors;
            linkedSessions = s.linkedSessions;
            startedAt = s.startedAt;
            updatedAt = s.updatedAt;
            expiresAt = s.expiresAt;
            policyState = s.policyState;
            stateQueriedAt = s.stateQueriedAt;
            lastRequestNumber = s.lastRequestNumber;
        }

        public Builder sessionId(String v) { sessionId = v; return this; }
        public Builder version(long v) { version = v; return this; }
        public Builder state(SessionState v) { state = v; return this; }
        public Builder imsi(String v) { imsi = v; return this; }
        public Builder msisdn(String v) { msisdn = v; return this; }
        public Builder apn(String v) { apn = v; return this; }
        public Builder ueIpv4(String v) { ueIpv4 = v; return this; }
        public Builder ueIpv6Prefix(String v) { ueIpv6Prefix = v; return this; }
        public Builder ipDomainId(String v) { ipDomainId = v; return this; }
        public Builder gatewayHost(String v) { gatewayHost = v; return this; }
        public Builder gatewayRealm(String v) { gatewayRealm = v; return this; }
        public Builder gatewayOriginStateId(long v) { gatewayOriginStateId = v; return this; }
        public Builder ratType(String v) { ratType = v; return this; }
        public Builder ipCanType(String v) { ipCanType = v; return this; }
        public Builder sgsnMccMnc(String v) { sgsnMccMnc = v; return this; }
        public Builder access(AccessInfo v) { access = v; return this; }
        public Builder pccRules(List<String> v) { pccRules = v; return this; }
        public Builder pccRulesChangedAt(Instant v) { pccRulesChangedAt = v; return this; }
        public Builder qos(AuthorizedQos v) { qos = v; return this; }
        public Builder presenceReportingAreas(List<PresenceReportingArea> v) {
            presenceReportingAreas = v;
            return this;
        }
        public Builder usageMonitors(List<UsageMonitor> v) { usageMonitors = v; return this; }
        public Builder linkedSessions(List<LinkedSession> v) { linkedSessions = v; return this; }
        public Builder startedAt(Instant v) { startedAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder expiresAt(Instant v) { expiresAt = v; return this; }
        public Builder policyState(String v) { policyState = v; return this; }
        public Builder stateQueriedAt(Instant v) { stateQueriedAt = v; return this; }
        public Builder lastRequestNumber(long v) { lastRequestNumber = v; return this; }

        public IpCanSession build() {
            return new IpCanSession(sessionId, version, state, imsi, msisdn, apn, ueIpv4,
                    ueIpv6Prefix, ipDomainId, gatewayHost, gatewayRealm, gatewayOriginStateId, ratType,
                    ipCanType, sgsnMccMnc, access, pccRules, pccRulesChangedAt, qos,
                    presenceReportingAreas, usageMonitors, linkedSessions, startedAt,
                    updatedAt, expiresAt, policyState, stateQueriedAt, lastRequestNumber);
        }
    }
}
