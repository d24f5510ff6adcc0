package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.policy.CcRequestType;
import io.pcrfd.pcrf.policy.IpCanContext;
import io.pcrfd.pcrf.policy.IpCanType;
import io.pcrfd.pcrf.policy.PolicyRequest;
import io.pcrfd.pcrf.policy.RatType;
import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.store.model.IpCanSession;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request the engine sees after CCR-I. A CCR-U carries only what changed (TS 29.212
 * §4.5.2: the PCEF reports events, it does not repeat the session), so absent fields are
 * taken from the stored session; a RAR has no request at all and decides on the session's
 * stored context alone ({@link #context}).
 */
final class RequestContext {
    private static final Logger LOG = LoggerFactory.getLogger(RequestContext.class);

    private RequestContext() {
    }

    /**
     * {@code ccr}'s fields, completed from {@code stored}; a stored field is read (and parsed)
     * only when the request lacks it, and the request's lists are shared, not copied.
     */
    static PolicyRequest merge(PolicyRequest ccr, IpCanSession stored) {
        PolicyRequest.Builder b = PolicyRequest.builder(ccr.type());
        if (ccr.subscriptionIds().isEmpty()) {
            storedIds(stored, b);
        } else {
            b.subscriptionIds(ccr.subscriptionIds());
        }
        b.apn(ccr.apn() != null ? ccr.apn() : stored.apn().isEmpty() ? null : stored.apn());
        b.ratType(ccr.ratType() != null ? ccr.ratType() : ratType(stored));
        b.ipCanType(ccr.ipCanType() != null ? ccr.ipCanType() : ipCanType(stored));
        b.servingMccMnc(ccr.servingMccMnc() != null ? ccr.servingMccMnc() : stored.sgsnMccMnc());
        b.ueLocalIp(ccr.ueLocalIp() != null ? ccr.ueLocalIp() : literal(stored.access().ueLocalIp()));
        b.henbLocalIp(ccr.henbLocalIp() != null ? ccr.henbLocalIp() : literal(stored.access().henbLocalIp()));
        return b.reportsOf(ccr).build();
    }

    /** The latest context of a stored session, as the last CCR left it. */
    static IpCanContext context(IpCanSession s) {
        return fromSession(s, CcRequestType.UPDATE).context();
    }

    /** The request a stored session stands for, with no events or reports. */
    static PolicyRequest fromSession(IpCanSession s, CcRequestType type) {
        PolicyRequest.Builder b = PolicyRequest.builder(type);
        storedIds(s, b);
        b.apn(s.apn().isEmpty() ? null : s.apn());
        b.ratType(ratType(s));
        b.ipCanType(ipCanType(s));
        b.servingMccMnc(s.sgsnMccMnc());
        b.ueLocalIp(literal(s.access().ueLocalIp()));
        b.henbLocalIp(literal(s.access().henbLocalIp()));
        return b.build();
    }

    /** The stored IMSI and MSISDN, as one immutable list the request keeps without copying it. */
    private static void storedIds(IpCanSession s, PolicyRequest.Builder b) {
        if (s.imsi() != null && s.msisdn() != null) {
            b.subscriptionIds(List.of(SubscriptionId.imsi(s.imsi()), SubscriptionId.msisdn(s.msisdn())));
        } else if (s.imsi() != null) {
            b.subscriptionIds(List.of(SubscriptionId.imsi(s.imsi())));
        } else if (s.msisdn() != null) {
            b.subscriptionIds(List.of(SubscriptionId.msisdn(s.msisdn())));
        }
    }

    private static RatType ratType(IpCanSession s) {
        return stored(s, Ts29212.RAT_TYPE.name(), s.ratType(), RatType::parse);
    }

    private static IpCanType ipCanType(IpCanSession s) {
        return stored(s, Ts29212.IP_CAN_TYPE.name(), s.ipCanType(), IpCanType::parse);
    }

    /**
     * A stored enumerated value: a name this node knows or any Integer32 (what
     * {@link SessionRecords} writes). A stored text that is neither (written by another
     * version, or edited in Redis) counts as absent, so that the session can still be decided
     * and ended; it is logged, never an error for the gateway.
     */
    private static <T> T stored(IpCanSession s, String what, String text, Function<String, T> parse) {
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            LOG.warn("Session-Id={} stored {} '{}' is not a value this node knows; taken as absent", s.sessionId(),
                    what, text);
            return null;
        }
    }

    /** Parses an address the store holds in textual form; a literal, so no name lookup. */
    private static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new GxStateException("stored address '" + text + "' is not an IP literal", e);
        }
    }
}
