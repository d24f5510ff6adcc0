package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.pcrf.policy.CcRequestType;
import io.pcrfd.pcrf.policy.PolicyRequest;
import io.pcrfd.store.model.PresenceReportingArea;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * A Gx Credit-Control-Request as the PCRF reads it (TS 29.212 §5.6.2): the header facts the
 * session layer needs plus a {@link PolicyRequest} for the engine. Absent AVPs are null (or
 * empty lists); everything here has passed {@link GxRequestParser}'s checks.
 *
 * @param sessionId         Session-Id
 * @param originHost        Origin-Host: the PCEF (or a DRA-relayed PCEF) that owns the session
 * @param originRealm       Origin-Realm
 * @param originStateId     Origin-State-Id, or null when absent (RFC 6733 §8.16)
 * @param type              CC-Request-Type
 * @param requestNumber     CC-Request-Number
 * @param policy            what the policy engine sees (ids, APN, RAT, access, reports)
 * @param framedIp          Framed-IP-Address (the UE's IPv4 address), or null
 * @param framedIpv6Prefix  Framed-IPv6-Prefix as {@code address/length}, or null
 * @param ipDomainId        IP-Domain-Id (TS 29.214, AVP 537) of a CCR-I as text, or null (absent,
 *                          or not a CCR-I): with the APN, the address space of the UE addresses
 * @param userLocationInfo  3GPP-User-Location-Info octets as received, or null
 * @param udpSourcePort     UDP-Source-Port (0-65535), or null
 * @param logicalAccessId   Logical-Access-ID (ETSI ES 283 034) octets, or null
 * @param supportedFeatures Supported-Features lists offered by the PCEF
 * @param ruleFailureCodes  Rule-Failure-Code per failed rule name from Charging-Rule-Report
 * @param bearerId          Bearer-Identifier (TS 29.212 §5.3.20) in hexadecimal with {@code 0x}, or null
 * @param praReports        Presence-Reporting-Area-Information reports (TS 29.212 §5.3.108)
 * @param echo              the AVPs a successful CCA takes from the request as they are, found by the
 *                          parser's one pass over it; null when the request has Proxy-Info, which the
 *                          answer echoes after everything else (RFC 6733 §6.2), so that
 *                          {@link GxAnswers} builds such an answer from the request itself
 */
public record GxRequest(String sessionId, String originHost, String originRealm, Long originStateId,
                        CcRequestType type, long requestNumber, PolicyRequest policy,
                        InetAddress framedIp, String framedIpv6Prefix, String ipDomainId,
                        byte[] userLocationInfo,
                        Integer udpSourcePort, byte[] logicalAccessId, List<FeatureList> supportedFeatures,
                        Map<String, Integer> ruleFailureCodes, String bearerId,
                        List<PresenceReportingArea> praReports, Echo echo) {
    public GxRequest {
        supportedFeatures = List.copyOf(supportedFeatures);
        praReports = praReports == null ? List.of() : List.copyOf(praReports);
        // the usual request reports no failure: no copy (Map.copyOf of an empty HashMap makes an array)
        ruleFailureCodes = ruleFailureCodes.isEmpty() ? Map.of() : Map.copyOf(ruleFailureCodes);
    }

    /**
     * Session-Id, CC-Request-Type and CC-Request-Number of the request, the first of each, which
     * a CCA carries unchanged (TS 29.212 §5.6.3); so the answer needs no second pass over the
     * request's AVPs to find them.
     */
    public record Echo(Avp sessionId, Avp requestType, Avp requestNumber) {
    }

    /** UE-Local-IP-Address (TS 29.212 §5.3.96), for reverse-initiated establishment. */
    public InetAddress ueLocalIp() {
        return policy.ueLocalIp();
    }

    /** HeNB-Local-IP-Address (TS 29.212 §5.3.95), for reverse-initiated establishment. */
    public InetAddress henbLocalIp() {
        return policy.henbLocalIp();
    }
}
