package io.pcrfd.it.rx;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rx messages as a P-CSCF sends them (TS 29.214 §5.6) and the Gx ones of its PCEF, built with the
 * codec by AVP name; the {@link io.pcrfd.diameter.testing.TestPeer} carrying them sets the ids.
 */
final class RxAf {
    static final String AF_HOST = "pcscf.ims.rx.example";
    static final String PCEF_HOST = "pgw.epc.rx.example";
    static final String GOLD_IMSI = "001019000000001";
    static final String BASIC_IMSI = "001019000000002";
    /** A voice call: RTP both ways and RTCP (TS 29.213 §6.2 as a P-CSCF maps an SDP audio line). */
    static final List<String> VOICE_FLOWS = List.of("permit out 17 from 198.51.100.7 49152 to 10.70.0.1 5000",
            "permit in 17 from 10.70.0.1 5000 to 198.51.100.7 49152");

    private RxAf() {
    }

    static DiameterMessage ccrI(String sessionId, String imsi, String ueIp, String apn) {
        return ccr(sessionId, "INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", imsi))
                .add("Framed-IP-Address", ip(ueIp).getAddress())
                .add("IP-CAN-Type", "3GPP-EPS")
                .add("RAT-Type", "EUTRAN")
                .add("Called-Station-Id", apn).build();
    }

    static DiameterMessage ccrT(String sessionId, long number) {
        return ccr(sessionId, "TERMINATION_REQUEST", number).add("Termination-Cause", "DIAMETER_LOGOUT").build();
    }

    /** A CCR-U with nothing to report but a RAT change (Event-Trigger 2). */
    static DiameterMessage ccrU(String sessionId, long number) {
        return ccr(sessionId, "UPDATE_REQUEST", number).add("Event-Trigger", 2).add("RAT-Type", "EUTRAN").build();
    }

    /** CCR-U reporting {@code rule} INACTIVE with Rule-Failure-Code RESOURCE_ALLOCATION_FAILURE (10). */
    static DiameterMessage ccrUFailed(String sessionId, long number, String rule) {
        return ccr(sessionId, "UPDATE_REQUEST", number).add("Event-Trigger", 13)
                .addGrouped("Charging-Rule-Report", r -> r.add("Charging-Rule-Name", rule.getBytes(StandardCharsets.UTF_8))
                        .add("PCC-Rule-Status", "INACTIVE").add("Rule-Failure-Code", 10)).build();
    }

    private static MessageBuilder ccr(String sessionId, String type, long number) {
        return MessageBuilder.request(RxPcrf.DICT, ApplicationIds.GX, "CCR")
                .add("Session-Id", sessionId)
                .add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", PCEF_HOST)
                .add("Origin-Realm", "epc.rx.example")
                .add("Destination-Realm", "rx.example")
                .add("CC-Request-Type", type)
                .add("CC-Request-Number", number);
    }

    /** An AAR head: Session-Id, identity, the UE address and APN, and {@code body}. */
    static DiameterMessage aar(String sessionId, String ueIp, String apn, Consumer<MessageBuilder> body) {
        MessageBuilder b = MessageBuilder.request(RxPcrf.DICT, ApplicationIds.RX, "AAR")
                .add("Session-Id", sessionId)
                .add("Auth-Application-Id", ApplicationIds.RX)
                .add("Origin-Host", AF_HOST)
                .add("Origin-Realm", "ims.rx.example")
                .add("Destination-Realm", "rx.example");
        if (ueIp != null) {
            b.add("Framed-IP-Address", ip(ueIp).getAddress());
        }
        if (apn != null) {
            b.add("Called-Station-Id", apn);
        }
        body.accept(b);
        return b.build();
    }

    /** A media component: Media-Type, bandwidths, one sub-component with {@code flows}. */
    static Consumer<MessageBuilder> media(long number, String type, long ul, long dl, List<String> flows) {
        return b -> b.addGrouped("Media-Component-Description", m -> {
            m.add("Media-Component-Number", number);
            m.addGrouped("Media-Sub-Component", s -> {
                s.add("Flow-Number", 1L);
                flows.forEach(f -> s.add("Flow-Description", f));
            });
            m.add("AF-Application-Identifier", "IMS Services".getBytes(StandardCharsets.UTF_8));
            m.add("Media-Type", type);
            m.add("Max-Requested-Bandwidth-UL", ul);
            m.add("Max-Requested-Bandwidth-DL", dl);
            m.add("Codec-Data", "uplink\noffer\nm=audio 49152 RTP/AVP 96\n".getBytes(StandardCharsets.UTF_8));
        });
    }

    static DiameterMessage str(String sessionId) {
        return MessageBuilder.request(RxPcrf.DICT, ApplicationIds.RX, "STR")
                .add("Session-Id", sessionId)
                .add("Origin-Host", AF_HOST)
                .add("Origin-Realm", "ims.rx.example")
                .add("Destination-Realm", "rx.example")
                .add("Auth-Application-Id", ApplicationIds.RX)
                .add("Termination-Cause", "DIAMETER_LOGOUT").build();
    }

    static long resultCode(DiameterMessage answer) {
        return answer.avp("Result-Code").map(Avp::asUnsigned32)
                .or(() -> answer.avp("Experimental-Result").flatMap(e -> e.child("Experimental-Result-Code"))
                        .map(Avp::asUnsigned32))
                .orElse(-1L);
    }

    static String text(Avp a) {
        return new String(a.asOctetString(), StandardCharsets.UTF_8);
    }

    static InetAddress ip(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
