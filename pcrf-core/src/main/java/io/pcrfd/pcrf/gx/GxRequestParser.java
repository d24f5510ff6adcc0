package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpView;
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
import io.pcrfd.diameter.spec.Ts29229;
import io.pcrfd.pcrf.policy.CcRequestType;
import io.pcrfd.pcrf.policy.EventTrigger;
import io.pcrfd.pcrf.policy.IpCanType;
import io.pcrfd.pcrf.policy.PolicyRequest;
import io.pcrfd.pcrf.policy.RatType;
import io.pcrfd.pcrf.policy.RuleReport;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /**
     * Every top-level AVP the parser reads, sorted into slots in one pass per CCR; listed in the
     * order {@link #read} asks for them, so that each question is answered from the slot after
     * the last one asked ({@link AvpView}) instead of a search of the layout.
     */
    private static final AvpKey[] READ = {Rfc6733.SESSION_ID, Rfc4006.CC_REQUEST_TYPE, Rfc4006.CC_REQUEST_NUMBER,
        Rfc4006.SUBSCRIPTION_ID, Rfc7155.CALLED_STATION_ID, Ts29212.RAT_TYPE, Ts29212.IP_CAN_TYPE,
        Ts29061._3GPP_SGSN_MCC_MNC, Ts29212.UE_LOCAL_IP_ADDRESS, Ts29212.HENB_LOCAL_IP_ADDRESS, Ts29212.EVENT_TRIGGER,
        Ts29212.USAGE_MONITORING_INFORMATION, Ts29212.CHARGING_RULE_REPORT, Rfc6733.ORIGIN_HOST,
        Rfc6733.ORIGIN_REALM, Rfc6733.ORIGIN_STATE_ID, Rfc7155.FRAMED_IP_ADDRESS, Rfc7155.FRAMED_IPV6_PREFIX,
        Ts29214.IP_DOMAIN_ID, Ts29061._3GPP_USER_LOCATION_INFO, Ts29212.UDP_SOURCE_PORT, Etsi283034.LOGICAL_ACCESS_ID,
        Ts29229.SUPPORTED_FEATURES, Ts29212.BEARER_IDENTIFIER, Ts29212.PRESENCE_REPORTING_AREA_INFORMATION,
        Rfc6733.PROXY_INFO};
    private final AvpView.Layout layout;
    private final GxAvpReader reader;
    private final boolean requireSubscriptionId;

    /**
     * @param requireSubscriptionId answer a CCR-I without any Subscription-Id with 5005
     *                              (a session context is keyed by IMSI or MSISDN)
     */
    public GxRequestParser(Dictionary dictionary, boolean requireSubscriptionId) {
        this.layout = AvpView.Layout.of(dictionary, READ);
        this.reader = new GxAvpReader(dictionary);
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
        GxAvpReader r = reader;
        AvpView v = layout.view(m);
        Avp sessionIdAvp = r.required(v, Rfc6733.SESSION_ID);
        String sessionId = sessionIdAvp.asUtf8String();
        Avp typeAvp = r.required(v, Rfc4006.CC_REQUEST_TYPE);
        CcRequestType type = requestType(typeAvp);
        Avp numberAvp = r.required(v, Rfc4006.CC_REQUEST_NUMBER);
        long number = r.unsigned32(numberAvp);
        PolicyRequest policy = policy(v, r, type);
        Avp a;
        return new GxRequest(sessionId, r.text(r.required(v, Rfc6733.ORIGIN_HOST)),
                r.text(r.required(v, Rfc6733.ORIGIN_REALM)),
                (a = v.first(Rfc6733.ORIGIN_STATE_ID)) == null ? null : r.unsigned32(a), type, number, policy,
                (a = v.first(Rfc7155.FRAMED_IP_ADDRESS)) == null ? null : r.framedIp(a),
                (a = v.first(Rfc7155.FRAMED_IPV6_PREFIX)) == null ? null : r.ipv6Prefix(a),
                ipDomainId(v.first(Ts29214.IP_DOMAIN_ID), r, type),
                (a = v.first(Ts29061._3GPP_USER_LOCATION_INFO)) == null ? null : a.asOctetString(),
                (a = v.first(Ts29212.UDP_SOURCE_PORT)) == null ? null : r.port(a),
                (a = v.first(Etsi283034.LOGICAL_ACCESS_ID)) == null ? null : a.asOctetString(),
                r.supportedFeatures(v.all(Ts29229.SUPPORTED_FEATURES)), failureCodes(policy.ruleReports()),
                (a = v.first(Ts29212.BEARER_IDENTIFIER)) == null ? null : bearerId(a),
                PresenceReports.read(v.all(Ts29212.PRESENCE_REPORTING_AREA_INFORMATION), r),
                v.first(Rfc6733.PROXY_INFO) != null ? null : new GxRequest.Echo(sessionIdAvp, typeAvp, numberAvp));
    }

    /** Rule-Failure-Code by rule name from the Charging-Rule-Reports, which most CCRs do not carry. */
    private static Map<String, Integer> failureCodes(List<RuleReport> reports) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> codes = new HashMap<>();
        for (RuleReport rep : reports) {
            if (rep.failureCode() != null) {
                for (String name : rep.ruleNames()) {
                    codes.put(name, rep.failureCode());
                }
            }
        }
        return codes;
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
    private static String ipDomainId(Avp a, GxAvpReader r, CcRequestType type) {
        return a == null || type != CcRequestType.INITIAL ? null : r.ipDomainId(a);
    }

    /**
     * What the policy engine sees. The record is made directly, its arguments read in the order
     * of its components (the order the first invalid AVP is found in): no builder and no list
     * copies per request.
     */
    private PolicyRequest policy(AvpView m, GxAvpReader r, CcRequestType type) {
        // Plain conditionals and indexed loops rather than Optional/forEach lambdas and
        // iterators: this runs for every CCR (a JFR profile had each among the top allocators).
        List<Avp> ids = m.all(Rfc4006.SUBSCRIPTION_ID);
        if (ids.isEmpty() && type == CcRequestType.INITIAL && requireSubscriptionId) {
            throw r.missing(Rfc4006.SUBSCRIPTION_ID);
        }
        Avp a;
        return new PolicyRequest(type, r.subscriptionIds(ids),
                (a = m.first(Rfc7155.CALLED_STATION_ID)) == null ? null : r.text(a),
                (a = m.first(Ts29212.RAT_TYPE)) == null ? null : new RatType(r.int32(a)),
                (a = m.first(Ts29212.IP_CAN_TYPE)) == null ? null : new IpCanType(r.int32(a)),
                (a = m.first(Ts29061._3GPP_SGSN_MCC_MNC)) == null ? null : r.mccMnc(a),
                (a = m.first(Ts29212.UE_LOCAL_IP_ADDRESS)) == null ? null : r.address(a),
                (a = m.first(Ts29212.HENB_LOCAL_IP_ADDRESS)) == null ? null : r.address(a),
                triggers(m.all(Ts29212.EVENT_TRIGGER), r),
                r.usageReports(m.all(Ts29212.USAGE_MONITORING_INFORMATION)),
                r.ruleReports(m.all(Ts29212.CHARGING_RULE_REPORT)));
    }

    /** The Event-Triggers as a set; one (the usual CCR-U) without a collection to copy it from. */
    private static Set<EventTrigger> triggers(List<Avp> triggers, GxAvpReader r) {
        if (triggers.size() <= 1) {
            return triggers.isEmpty() ? Set.of() : Set.of(EventTrigger.of(r.int32(triggers.get(0))));
        }
        Set<EventTrigger> all = new HashSet<>();
        for (int i = 0; i < triggers.size(); i++) {
            all.add(EventTrigger.of(r.int32(triggers.get(i))));
        }
        return all; // the record copies it into an immutable set
    }

    /**
     * The Gx request types by code (RFC 4006 §8.3), an array lookup per request; EVENT_REQUEST (4)
     * is not used on Gx (TS 29.212 §5.3 re-uses RFC 4006's 1-3), so its slot stays empty.
     */
    private static final CcRequestType[] REQUEST_TYPES = byCode();

    private static CcRequestType[] byCode() {
        CcRequestType[] out = new CcRequestType[CcRequestType.EVENT.code() + 1];
        for (CcRequestType t : CcRequestType.values()) {
            if (t != CcRequestType.EVENT) {
                out[t.code()] = t;
            }
        }
        return out;
    }

    private static CcRequestType requestType(Avp a) {
        int v = a.dataLength() == 4 ? a.asInt() : -1;
        if (v >= 0 && v < REQUEST_TYPES.length && REQUEST_TYPES[v] != null) {
            return REQUEST_TYPES[v];
        }
        throw new InvalidRequestException(new DiameterError(ResultCodes.DIAMETER_INVALID_AVP_VALUE, a,
                "CC-Request-Type " + v + " is not INITIAL, UPDATE or TERMINATION"));
    }
}
