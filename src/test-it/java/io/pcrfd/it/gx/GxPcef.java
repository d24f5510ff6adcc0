package io.pcrfd.it.gx;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Ts29214;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Gx CCRs as a P-GW sends them (TS 29.212 §5.6.2), built with the codec; the {@link
 * io.pcrfd.diameter.testing.TestPeer} that carries them assigns the hop-by-hop and end-to-end ids.
 */
final class GxPcef {
    static final Dictionary DICT = Dictionary.standard();
    static final String REALM = "epc.e2e.example";
    static final String GOLD_IMSI = "001019000000001";
    static final String BASIC_IMSI = "001019000000002";
    /** Feature-List-ID 1 as offered: Rel-8 (0), Rel-9 (1), Rel-10 (3), ADC (6), NetLoc (10). */
    static final long OFFERED_FEATURES = 0b100_0100_1011L;

    private final String host;
    private long originStateId;

    GxPcef(String host, long originStateId) {
        this.host = host;
        this.originStateId = originStateId;
    }

    String host() {
        return host;
    }

    /** The gateway restarted: a higher Origin-State-Id from now on (RFC 6733 §8.16). */
    void restart() {
        originStateId++;
    }

    MessageBuilder ccr(String sessionId, String type, long number) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .add("Session-Id", sessionId)
                .add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", host)
                .add("Origin-Realm", REALM)
                .add("Destination-Realm", "e2e.example")
                .add("CC-Request-Type", type)
                .add("CC-Request-Number", number)
                .add("Origin-State-Id", originStateId);
    }

    /** CCR-I of a UE on E-UTRAN (IMSI and MSISDN), offering Supported-Features. */
    DiameterMessage initial(String sessionId, String imsi, String ueIp) {
        return initial(sessionId, imsi, ueIp, "internet");
    }

    /** The same on APN {@code apn} (Called-Station-Id). */
    DiameterMessage initial(String sessionId, String imsi, String ueIp, String apn) {
        return initialRequest(sessionId, imsi, ueIp, apn).build();
    }

    /** The same in the IP domain {@code ipDomainId} of that APN (IP-Domain-Id, TS 29.214). */
    DiameterMessage initial(String sessionId, String imsi, String ueIp, String apn, String ipDomainId) {
        return initialRequest(sessionId, imsi, ueIp, apn).add(Ts29214.IP_DOMAIN_ID, ipDomainId).build();
    }

    /** The CCR-I of {@link #initial(String, String, String, String)}, open for more AVPs. */
    MessageBuilder initialBuilder(String sessionId, String imsi, String ueIp, String apn) {
        return initialRequest(sessionId, imsi, ueIp, apn);
    }

    private MessageBuilder initialRequest(String sessionId, String imsi, String ueIp, String apn) {
        return ccr(sessionId, "INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_E164")
                        .add("Subscription-Id-Data", "15550001234"))
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", imsi))
                .addGrouped("Supported-Features", g -> g.add("Vendor-Id", 10415L)
                        .add("Feature-List-ID", 1L).add("Feature-List", OFFERED_FEATURES))
                .add("Network-Request-Support", "NETWORK_REQUEST_SUPPORTED")
                .add("Framed-IP-Address", ip(ueIp).getAddress())
                .add("IP-CAN-Type", "3GPP-EPS")
                .add("RAT-Type", "EUTRAN")
                .add("3GPP-SGSN-MCC-MNC", "00101")
                .add("Called-Station-Id", apn);
    }

    /** CCR-U reporting {@code total} octets used on {@code key} (Event-Trigger 33 USAGE_REPORT). */
    DiameterMessage usage(String sessionId, long number, String key, long total) {
        return ccr(sessionId, "UPDATE_REQUEST", number)
                .add("Event-Trigger", 33)
                .addGrouped("Usage-Monitoring-Information", u -> u.add("Monitoring-Key", key)
                        .addGrouped("Used-Service-Unit", s -> s.add("CC-Total-Octets", BigInteger.valueOf(total))))
                .build();
    }

    /**
     * CCR-U of a UE handed over to untrusted WLAN (S2b): IP-CAN_CHANGE (7) and RAT_CHANGE (2)
     * with the new IP-CAN-Type, RAT-Type, UE-Local-IP-Address and serving network.
     */
    DiameterMessage movedToWlan(String sessionId, long number, String ueLocalIp) {
        return ccr(sessionId, "UPDATE_REQUEST", number)
                .add("Event-Trigger", 7).add("Event-Trigger", 2)
                .add("IP-CAN-Type", "Non-3GPP-EPS")
                .add("RAT-Type", "WLAN")
                .add("UE-Local-IP-Address", ip(ueLocalIp))
                .add("3GPP-SGSN-MCC-MNC", "00102")
                .build();
    }

    DiameterMessage update(String sessionId, long number) {
        return ccr(sessionId, "UPDATE_REQUEST", number).add("Event-Trigger", 2).add("RAT-Type", "EUTRAN").build();
    }

    DiameterMessage terminate(String sessionId, long number) {
        return ccr(sessionId, "TERMINATION_REQUEST", number).add("Termination-Cause", "DIAMETER_LOGOUT").build();
    }

    static long resultCode(DiameterMessage answer) {
        return answer.avp("Result-Code").map(Avp::asUnsigned32)
                .or(() -> answer.avp("Experimental-Result").flatMap(e -> e.child("Experimental-Result-Code"))
                        .map(Avp::asUnsigned32))
                .orElse(-1L);
    }

    static long u32(Avp grouped, String child) {
        return grouped.child(child).orElseThrow(() -> new AssertionError("no " + child)).asUnsigned32();
    }

    static String text(Avp a) {
        return new String(a.asOctetString(), StandardCharsets.UTF_8);
    }

    static List<String> texts(List<Avp> avps) {
        return avps.stream().map(GxPcef::text).toList();
    }

    static InetAddress ip(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
