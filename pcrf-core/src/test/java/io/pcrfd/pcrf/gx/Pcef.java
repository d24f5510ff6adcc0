package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Builds CCRs the way a P-GW (PCEF) sends them, with {@link MessageBuilder}. */
final class Pcef {
    static final Dictionary DICT = Dictionary.standard();
    static final String HOST = "pgw1.epc.example";
    static final String REALM = "epc.example";
    static final String GOLD_IMSI = "001010000000001";
    static final String GOLD_MSISDN = "15550000009";
    static final String BASIC_IMSI = "001010000000002";
    static final String BARRED_IMSI = "001010000000666";
    /** Feature-List-ID 1 offered: Rel-8, Rel-9, Rel-10, ADC (bit 6), NetLoc (bit 10). */
    static final long OFFERED_FEATURES = 0b100_0100_1011L;
    private int ids = 0x100;
    private long originStateId = 7;

    void restart() {
        originStateId++;
    }

    MessageBuilder ccr(String sessionId, String type, long number) {
        ids++;
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .hopByHop(HopByHopId.of(ids)).endToEnd(EndToEndId.of(ids))
                .add("Session-Id", sessionId)
                .add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", HOST)
                .add("Origin-Realm", REALM)
                .add("Destination-Realm", "pcrfd.local")
                .add("CC-Request-Type", type)
                .add("CC-Request-Number", number)
                .add("Origin-State-Id", originStateId);
    }

    /** CCR-I of a UE on E-UTRAN with IMSI and MSISDN, offering Supported-Features. */
    MessageBuilder initial(String sessionId, String imsi, String ueIp) {
        return initial(sessionId, imsi, ueIp, "internet");
    }

    /** The same on APN {@code apn}. */
    MessageBuilder initial(String sessionId, String imsi, String ueIp, String apn) {
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
                .add("3GPP-User-Location-Info", new byte[] {(byte) 130, 0, (byte) 0xF1, 0x10, 0, 1,
                        0, (byte) 0xF1, 0x10, 0, 0, 0, 1})
                .add("Called-Station-Id", apn);
    }

    /** CCR-U reporting {@code total} octets on {@code key} under {@code trigger} (33 or 26). */
    DiameterMessage usage(String sessionId, long number, String key, long total, int trigger) {
        return ccr(sessionId, "UPDATE_REQUEST", number)
                .add("Event-Trigger", trigger)
                .addGrouped("Usage-Monitoring-Information", u -> u.add("Monitoring-Key", key)
                        .addGrouped("Used-Service-Unit", s -> s.add("CC-Total-Octets", BigInteger.valueOf(total))
                                .add("CC-Input-Octets", BigInteger.valueOf(total / 4))
                                .add("CC-Output-Octets", BigInteger.valueOf(total - total / 4))))
                .build();
    }

    DiameterMessage terminate(String sessionId, long number, String key, long total) {
        return ccr(sessionId, "TERMINATION_REQUEST", number)
                .add("Termination-Cause", "DIAMETER_LOGOUT")
                .addGrouped("Usage-Monitoring-Information", u -> u.add("Monitoring-Key", key)
                        .addGrouped("Used-Service-Unit", s -> s.add("CC-Total-Octets", BigInteger.valueOf(total))))
                .build();
    }

    static InetAddress ip(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
