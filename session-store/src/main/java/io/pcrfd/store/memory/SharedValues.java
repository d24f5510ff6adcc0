package io.pcrfd.store.memory;

import io.pcrfd.store.model.AuthorizedQos;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionState;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per distinct value for the fields of a retained record that repeat
 * across subscribers: APN, gateway host and realm, RAT and IP-CAN type, MCC, MNC, the PCC rule
 * list, the authorised QoS. Each live session and closed context would otherwise keep its own
 * copies, decoded from its own CCR (measured: about 300 bytes of a closed context). Bounded: past {@link #MAX_VALUES} distinct
 * values, new ones are kept as they are, so a field that does not repeat after all costs no
 * more than before.
 */
final class SharedValues {
    static final int MAX_VALUES = 10_000;

    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<String, MccMnc> splits = new ConcurrentHashMap<>();

    /**
     * Session-Id prefixes shared, apart from {@link #values}: a gateway whose Session-Ids carry
     * a varying part before their last {@code ;} (RFC 6733 §8.8's optional value) makes a new
     * prefix per session, which must not use up the room of the fields that do repeat.
     */
    private final ConcurrentHashMap<Object, Object> prefixValues = new ConcurrentHashMap<>();

    /** Slots of {@link #prefixes}, a power of two. */
    private static final int PREFIX_SLOTS = 64;

    /**
     * Session-Id prefixes {@link #sessionIdPrefix} answered lately, in a slot chosen by the
     * session's gateway (whose Origin-Host a Session-Id starts with, RFC 6733 §8.8; its shared
     * String's hash is computed once) and the prefix's length: the closes of a busy node come
     * from a few gateways, so most find theirs here without a substring or a map lookup. A slot taken by
     * another prefix only costs that lookup. Plain writes: a String is safely published through
     * its final fields, and a racing write costs the other thread a lookup at most.
     */
    private final String[] prefixes = new String[PREFIX_SLOTS];

    /** The MCC and MNC split out of a 3GPP-SGSN-MCC-MNC value (TS 29.061 §16.4.7), shared. */
    record MccMnc(String mcc, String mnc) {
    }

    /**
     * {@code sgsnMccMnc} split into MCC (its first three digits) and MNC (the rest), shared, so
     * the contexts read back share neither the two substrings nor their own copies; null when
     * the value is absent or shorter than five digits.
     */
    MccMnc mccMnc(String sgsnMccMnc) {
        if (sgsnMccMnc == null || sgsnMccMnc.length() < 5) {
            return null;
        }
        MccMnc known = splits.get(sgsnMccMnc);
        if (known != null) {
            return known;
        }
        MccMnc split = share(new MccMnc(sgsnMccMnc.substring(0, 3), sgsnMccMnc.substring(3)));
        if (splits.size() < MAX_VALUES) {
            splits.putIfAbsent(sgsnMccMnc, split);
        }
        return split;
    }

    /**
     * {@code sessionId}'s first {@code end} characters (up to and with its last {@code ;},
     * {@link SessionIdBits}), shared: from {@link #prefixes} when there (looked for by
     * {@code gatewayHost}, the session's, or null), else through {@link #share}.
     */
    String sessionIdPrefix(String sessionId, int end, String gatewayHost) {
        int hint = (gatewayHost == null ? 0 : gatewayHost.hashCode()) + end;
        int slot = (hint ^ hint >>> 16) & (PREFIX_SLOTS - 1);
        String known = prefixes[slot];
        if (known != null && known.length() == end && sessionId.startsWith(known)) {
            return known;
        }
        String prefix = share(prefixValues, sessionId.substring(0, end));
        prefixes[slot] = prefix;
        return prefix;
    }

    /** The MCC and MNC of a stored context, shared; null when both are null. */
    MccMnc mccMnc(String mcc, String mnc) {
        return mcc == null && mnc == null ? null : share(new MccMnc(mcc, mnc));
    }

    /**
     * {@code s} as the store keeps it: at {@code version} and {@code state}, its repeating
     * fields replaced by the shared instances. A field that is still the very instance
     * {@code stored} holds (an update that did not touch it) is already shared and costs no
     * lookup; {@code stored} is null for a new session. When every field is already the shared
     * instance, {@code s} is only re-versioned; else one record is built, with no builder.
     */
    IpCanSession of(IpCanSession s, IpCanSession stored, long version, SessionState state) {
        if (stored != null && unchanged(s, stored)) {
            return s.with(version, state);
        }
        String apn = keep(s.apn(), stored == null ? null : stored.apn());
        String host = keep(s.gatewayHost(), stored == null ? null : stored.gatewayHost());
        String realm = keep(s.gatewayRealm(), stored == null ? null : stored.gatewayRealm());
        String rat = keep(s.ratType(), stored == null ? null : stored.ratType());
        String ipCan = keep(s.ipCanType(), stored == null ? null : stored.ipCanType());
        String mccMnc = keep(s.sgsnMccMnc(), stored == null ? null : stored.sgsnMccMnc());
        List<String> rules = keep(s.pccRules(), stored == null ? null : stored.pccRules());
        AuthorizedQos qos = keep(s.qos(), stored == null ? null : stored.qos());
        if (apn == s.apn() && host == s.gatewayHost() && realm == s.gatewayRealm() && rat == s.ratType()
                && ipCan == s.ipCanType() && mccMnc == s.sgsnMccMnc() && rules == s.pccRules() && qos == s.qos()) {
            return s.with(version, state);
        }
        return new IpCanSession(s.sessionId(), version, state, s.imsi(), s.msisdn(), apn, s.ueIpv4(),
                s.ueIpv6Prefix(), s.ipDomainId(), host, realm, s.gatewayOriginStateId(), rat, ipCan, mccMnc,
                s.access(), rules, s.pccRulesChangedAt(), qos, s.presenceReportingAreas(), s.usageMonitors(),
                s.linkedSessions(), s.startedAt(), s.updatedAt(), s.expiresAt(), s.policyState(),
                s.stateQueriedAt(), s.lastRequestNumber());
    }

    /**
     * True when every shared field of {@code s} is the very instance {@code stored} holds (an
     * update that touched none of them), so {@code s} needs no sharing and no rebuilding.
     */
    static boolean unchanged(IpCanSession s, IpCanSession stored) {
        return s.apn() == stored.apn() && s.gatewayHost() == stored.gatewayHost()
                && s.gatewayRealm() == stored.gatewayRealm() && s.ratType() == stored.ratType()
                && s.ipCanType() == stored.ipCanType() && s.sgsnMccMnc() == stored.sgsnMccMnc()
                && s.pccRules() == stored.pccRules() && s.qos() == stored.qos();
    }

    private <T> T keep(T value, T stored) {
        return value == stored ? value : share(value);
    }

    <T> T share(T value) {
        return share(values, value);
    }

    /** {@code value}'s shared instance in {@code in}, which holds at most {@link #MAX_VALUES}. */
    @SuppressWarnings("unchecked")
    private static <T> T share(ConcurrentHashMap<Object, Object> in, T value) {
        if (value == null) {
            return null;
        }
        Object known = in.get(value);
        if (known != null) {
            return (T) known;
        }
        if (in.size() >= MAX_VALUES) {
            return value;
        }
        Object raced = in.putIfAbsent(value, value);
        return raced == null ? value : (T) raced;
    }
}
