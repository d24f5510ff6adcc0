package io.pcrfd.pcrf.fuzz;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.ExampleMessages;
import io.pcrfd.diameter.testing.FuzzFrames;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The PCRF handlers' seed corpus: message sequences that reach deep into Gx and S9a, each a
 * fuzz input of {@link PcrfRequestFuzzTest}. Deterministic; compared with the committed files
 * by {@link PcrfSeedsTest}.
 */
final class PcrfSeeds {
    static final long S9A = 16777319L;
    static final long S9 = 16777267L;
    static final String GX_SID = "pgw.fuzz.example;1;1";
    static final String S9A_SID = "bpcf.fuzz.example;1;1";
    static final String IMSI = "001010000000001";
    private static int ids = 0x100;

    private PcrfSeeds() {
    }

    static Map<String, byte[]> all() {
        ids = 0x100;
        Map<String, byte[]> out = new TreeMap<>();
        out.put("gx-session.bin", join(ccrI(b -> b.add("RAT-Type", "EUTRAN")), usage(), gx("TERMINATION_REQUEST", 2)
                .add("Termination-Cause", "DIAMETER_LOGOUT").build()));
        out.put("gx-unknown-session.bin", join(gx("UPDATE_REQUEST", 1).build()));
        out.put("wlan-establishment.bin", join(wlanCcrI(), tea(), s9a("INITIAL_REQUEST", 0).addGrouped("Subscription-Id",
                g -> g.add("Subscription-Id-Type", "END_USER_IMSI").add("Subscription-Id-Data", IMSI))
                .add("Called-Station-Id", "internet").add("UE-Local-IP-Address", ip("198.51.100.7")).build(),
                s9a("UPDATE_REQUEST", 1).addGrouped("QoS-Rule-Report", r -> r.add("QoS-Rule-Name", "video")
                        .add("PCC-Rule-Status", "INACTIVE").add("Rule-Failure-Code", "RESOURCES_LIMITATION")).build(),
                raa(), s9a("TERMINATION_REQUEST", 2).build(), gx("TERMINATION_REQUEST", 1).build()));
        out.put("s9a-no-trigger.bin", join(s9a("INITIAL_REQUEST", 0).add("UE-Local-IP-Address", ip("198.51.100.9"))
                .build()));
        // The V-PCRF role: an H-PCRF's S9 TER with every AVP of its grammar (TS 29.215 §5.6.x).
        out.put("s9-ter.bin", join(new ExampleMessages(PcrfWorld.DICT).request(PcrfWorld.DICT.command(S9, "TER")
                .orElseThrow())));
        return out;
    }

    private static MessageBuilder gx(String type, long number) {
        return ids(MessageBuilder.request(PcrfWorld.DICT, ApplicationIds.GX, "CCR")).add("Session-Id", GX_SID)
                .add("Auth-Application-Id", ApplicationIds.GX).originHost("pgw.fuzz.example")
                .originRealm("fuzz.example").add("Destination-Realm", "fuzz.example").add("CC-Request-Type", type)
                .add("CC-Request-Number", number).add("Origin-State-Id", 7L);
    }

    private static DiameterMessage ccrI(UnaryOperator<MessageBuilder> access) {
        return access.apply(gx("INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", IMSI))
                .addGrouped("Supported-Features", g -> g.add("Vendor-Id", 10415L).add("Feature-List-ID", 1L)
                        .add("Feature-List", 0b100_0100_1011L))
                .add("Network-Request-Support", "NETWORK_REQUEST_SUPPORTED")
                .add("Framed-IP-Address", new byte[] {10, 45, 0, 7}).add("IP-CAN-Type", "3GPP-EPS")
                .add("3GPP-SGSN-MCC-MNC", "00101").add("Called-Station-Id", "internet")).build();
    }

    private static DiameterMessage wlanCcrI() {
        return ccrI(b -> b.add("RAT-Type", "WLAN").add("UE-Local-IP-Address", ip("198.51.100.7"))
                .add("UDP-Source-Port", 4500L));
    }

    private static DiameterMessage usage() {
        return gx("UPDATE_REQUEST", 1).add("Event-Trigger", 33)
                .addGrouped("Usage-Monitoring-Information", u -> u.add("Monitoring-Key", "mk-1")
                        .addGrouped("Used-Service-Unit", s -> s.add("CC-Total-Octets", BigInteger.valueOf(1_000_000))))
                .build();
    }

    private static MessageBuilder s9a(String type, long number) {
        return ids(MessageBuilder.request(PcrfWorld.DICT, S9A, "CCR")).add("Session-Id", S9A_SID)
                .add("Auth-Application-Id", S9A).originHost("bpcf.fuzz.example").originRealm("fuzz.example")
                .add("Destination-Realm", "fuzz.example").add("CC-Request-Type", type).add("CC-Request-Number", number);
    }

    /** The BPCF's TEA and the PCEF's RAA: answers the world hands to the PCRF's requests. */
    private static DiameterMessage tea() {
        DiameterMessage ter = MessageBuilder.request(PcrfWorld.DICT, S9A, "TER").add("Session-Id", "pcrf;1;1").build();
        return MessageBuilder.answer(PcrfWorld.DICT, ter).originHost("bpcf.fuzz.example").originRealm("fuzz.example")
                .resultCode(2001).build();
    }

    private static DiameterMessage raa() {
        DiameterMessage rar = MessageBuilder.request(PcrfWorld.DICT, ApplicationIds.GX, "RAR").add("Session-Id", GX_SID)
                .build();
        return MessageBuilder.answer(PcrfWorld.DICT, rar).originHost("pgw.fuzz.example").originRealm("fuzz.example")
                .resultCode(2001).build();
    }

    private static MessageBuilder ids(MessageBuilder b) {
        ids++;
        return b.hopByHop(HopByHopId.of(ids)).endToEnd(EndToEndId.of(ids));
    }

    private static java.net.InetAddress ip(String text) {
        try {
            return java.net.InetAddress.getByName(text);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] join(DiameterMessage... messages) {
        return FuzzFrames.join(List.of(messages).stream().map(DiameterCodec::encode).toList());
    }
}
