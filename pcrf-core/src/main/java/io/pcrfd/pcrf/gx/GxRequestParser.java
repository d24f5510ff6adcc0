package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Etsi283034;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29061;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.pcrf.policy.CcRequestType;
import io.pcrfd.pcrf.policy.EventTrigger;
import io.pcrfd.pcrf.policy.IpCanType;
import io.pcrfd.pcrf.policy.PolicyRequest;
import io.pcrfd.pcrf.policy.RatType;
import io.pcrfd.pcrf.policy.RuleReport;
import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.pcrf.policy.UsageReport;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a Gx CCR (TS 29.212 §5.6.2) into a {@link GxRequest}. The codec has already checked
 * the grammar and the AVP lengths of each data type; this class checks what only Gx knows
 * (an IMSI is digits, Framed-IP-Address is four octets, a CCR-I names its subscriber when the
 * node requires it) and answers the first problem as a value with its Result-Code and
 * Failed-AVP (RFC 6733 §7.5), never as an exception.
 *
 * <p>Subscription-Id is read by its Subscription-Id-Type (RFC 4006 §8.47), every instance
 * kept: an MSISDN is never taken for an IMSI. Usage reports are read from every
 * Usage-Monitoring-Information with a Used-Service-Unit, whichever Event-Trigger came with
 * them (33 USAGE_REPORT today, 26 from pre-Rel-9 gateways, see {@link EventTrigger}).
 */
public final class GxRequestParser {
    private final Dictionary dictionary;
    private final boolean requireSubscriptionId;

    /**
     * @param requireSubscriptionId answer a CCR-I without any Subscription-Id with 5005
     *                              (a session context is keyed by IMSI or MSISDN)
     */
    public GxRequestParser(Dictionary dictionary, boolean requireSubscriptionId) {
        this.dictionary = dictionary;
        this.requireSubscriptionId = requireSubscriptionId;
    }

    /** Reads {@code ccr}; never throws for bad content. */
    public GxParse parse(DiameterMessage ccr) {
        try {
            return new GxParse.Parsed(read(ccr));
        } catch (InvalidRequestException e) {
            return new GxParse.Invalid(e.error());
        }
    }

    private GxRequest read(DiameterMessage m) {
        GxAvpReader r = new GxAvpReader(dictionary);
        String sessionId = r.requiredText(m, Rfc6733.SESSION_ID);
        CcRequestType type = requestType(r.required(m, Rfc4006.CC_REQUEST_TYPE));
        long number = r.unsigned32(r.required(m, Rfc4006.CC_REQUEST_NUMBER));
        if (type == CcRequestType.INITIAL && requireSubscriptionId && m.avps(Rfc4006.SUBSCRIPTION_ID).isEmpty()) {
            throw r.missing(Rfc4006.SUBSCRIPTION_ID);
        }
        Map<String, Integer> failureCodes = new HashMap<>();
        PolicyRequest policy = policy(m, r, type, failureCodes);
        return new GxRequest(sessionId, r.requiredText(m, Rfc6733.ORIGIN_HOST), r.requiredText(m, Rfc6733.ORIGIN_REALM),
                m.avp(Rfc6733.ORIGIN_STATE_ID).map(r::unsigned32).orElse(null), type, number, policy,
                m.avp(Rfc7155.FRAMED_IP_ADDRESS).map(r::framedIp).orElse(null),
                m.avp(Rfc7155.FRAMED_IPV6_PREFIX).map(r::ipv6Prefix).orElse(null),
                ipDomainId(m, r, type),
                m.avp(Ts29061._3GPP_USER_LOCATION_INFO).map(Avp::asOctetString).orElse(null),
                m.avp(Ts29212.UDP_SOURCE_PORT).map(r::port).orElse(null),
                m.avp(Etsi283034.LOGICAL_ACCESS_ID).map(Avp::asOctetString).orElse(null),
                r.supportedFeatures(m), failureCodes,
                m.avp(Ts29212.BEARER_IDENTIFIER).map(GxRequestParser::bearerId).orElse(null),
                PresenceReports.read(m, r));
    }

    /** Bearer-Identifier octets as hexadecimal with the 0x prefix, as a session context shows it. */
    private static String bearerId(Avp a) {
        return "0x" + java.util.HexFormat.of().formatHex(a.asOctetString());
    }

    /**
     * IP-Domain-Id of a CCR-I (an identity of the session, so later requests are not read for
     * it). TS 29.212 §5.6.2 does not list it in the CCR, whose *[ AVP ] admits it; a gateway
     * that shares UE address pools between IP domains of one APN sends it, and the PCRF then
     * keys the UE-address binding by it as well (TS 29.214 §4.4.1).
     */
    private static String ipDomainId(DiameterMessage m, GxAvpReader r, CcRequestType type) {
        if (type != CcRequestType.INITIAL) {
            return null;
        }
        Avp a = m.avp(Ts29214.IP_DOMAIN_ID).orElse(null);
        return a == null ? null : r.ipDomainId(a);
    }

    /** What the policy engine sees; Rule-Failure-Codes by rule name go to {@code failureCodes}. */
    private static PolicyRequest policy(DiameterMessage m, GxAvpReader r, CcRequestType type,
                                        Map<String, Integer> failureCodes) {
        // Plain ifs and loops rather than ifPresent/forEach lambdas: each capturing lambda is an
        // allocation, and this runs for every CCR (a JFR profile had it among the top allocators).
        PolicyRequest.Builder p = PolicyRequest.builder(type);
        for (SubscriptionId id : r.subscriptionIds(m)) {
            p.subscriptionId(id);
        }
        access(m, r, p);
        for (Avp t : m.avps(Ts29212.EVENT_TRIGGER)) {
            p.eventTrigger(new EventTrigger(r.int32(t)));
        }
        for (UsageReport u : r.usageReports(m)) {
            p.usageReport(u.monitoringKey(), u.used());
        }
        for (RuleReport rr : r.ruleReports(m, failureCodes)) {
            p.ruleReport(rr);
        }
        return p.build();
    }

    /** APN, RAT, IP-CAN, serving network and local addresses (TS 29.212 §4.5.1). */
    private static void access(DiameterMessage m, GxAvpReader r, PolicyRequest.Builder p) {
        Avp a = m.avp(Rfc7155.CALLED_STATION_ID).orElse(null);
        if (a != null) {
            p.apn(a.asUtf8String());
        }
        if ((a = m.avp(Ts29212.RAT_TYPE).orElse(null)) != null) {
            p.ratType(new RatType(r.int32(a)));
        }
        if ((a = m.avp(Ts29212.IP_CAN_TYPE).orElse(null)) != null) {
            p.ipCanType(new IpCanType(r.int32(a)));
        }
        if ((a = m.avp(Ts29061._3GPP_SGSN_MCC_MNC).orElse(null)) != null) {
            p.servingMccMnc(r.mccMnc(a));
        }
        if ((a = m.avp(Ts29212.UE_LOCAL_IP_ADDRESS).orElse(null)) != null) {
            p.ueLocalIp(r.address(a));
        }
        if ((a = m.avp(Ts29212.HENB_LOCAL_IP_ADDRESS).orElse(null)) != null) {
            p.henbLocalIp(r.address(a));
        }
    }

    private static CcRequestType requestType(Avp a) {
        int v = a.dataLength() == 4 ? a.asInt() : -1;
        for (CcRequestType t : CcRequestType.values()) {
            // EVENT_REQUEST (4) is not used on Gx (TS 29.212 §5.3 re-uses RFC 4006's 1-3)
            if (t.code() == v && t != CcRequestType.EVENT) {
                return t;
            }
        }
        throw new InvalidRequestException(new DiameterError(ResultCodes.DIAMETER_INVALID_AVP_VALUE, a,
                "CC-Request-Type " + v + " is not INITIAL, UPDATE or TERMINATION"));
    }
}
