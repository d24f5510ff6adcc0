package io.pcrfd.diameter.bench;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The Gx messages the benchmarks use: a typical CCR-I and a CCA-I with three dynamic rules. */
final class GxMessages {
    private GxMessages() {
    }

    /** A CCR-I of 788 octets: 26 top-level AVPs, 42 in all, 7 of them Grouped. */
    static DiameterMessage ccrInitial(Dictionary d) {
        return MessageBuilder.request(d, ApplicationIds.GX, "CCR")
                .hopByHop(HopByHopId.of(0x2a)).endToEnd(EndToEndId.of(0x1234_5678))
                .add("Session-Id", "pgw.epc.mnc001.mcc001.3gppnetwork.org;1700000000;42")
                .add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", "pgw.epc.mnc001.mcc001.3gppnetwork.org")
                .add("Origin-Realm", "epc.mnc001.mcc001.3gppnetwork.org")
                .add("Destination-Realm", "pcrf.mnc001.mcc001.3gppnetwork.org")
                .add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0)
                .add("Origin-State-Id", 1_700_000_000L)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010123456789"))
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_E164")
                        .add("Subscription-Id-Data", "15550100"))
                .addGrouped("Supported-Features", g -> g.add("Vendor-Id", 10415)
                        .add("Feature-List-ID", 1).add("Feature-List", 0x3ff))
                .add("Network-Request-Support", "NETWORK_REQUEST_SUPPORTED")
                .add("Framed-IP-Address", new byte[] {10, 45, 0, 7})
                .add("IP-CAN-Type", "3GPP-EPS")
                .add("RAT-Type", "EUTRAN")
                .addGrouped("User-Equipment-Info", g -> g.add("User-Equipment-Info-Type", "IMEISV")
                        .add("User-Equipment-Info-Value", "3569380356438091".getBytes()))
                .addGrouped("QoS-Information", g -> g.add("APN-Aggregate-Max-Bitrate-UL", 50_000_000L)
                        .add("APN-Aggregate-Max-Bitrate-DL", 150_000_000L))
                .addGrouped("Default-EPS-Bearer-QoS", g -> g.add("QoS-Class-Identifier", "QCI_9")
                        .addGrouped("Allocation-Retention-Priority", GxMessages::arp))
                .add("AN-GW-Address", address("192.0.2.10"))
                .add("3GPP-SGSN-MCC-MNC", "00101")
                .add("3GPP-User-Location-Info", new byte[] {(byte) 0x82, 0, (byte) 0xf1, 0x10, 0, 1, 0, (byte) 0xf1,
                        0x10, 0, 0, 0, 1})
                .add("3GPP-MS-TimeZone", new byte[] {0x40, 0})
                .add("Called-Station-Id", "internet")
                .add("Online", "DISABLE_ONLINE")
                .add("Offline", "ENABLE_OFFLINE")
                .add("Access-Network-Charging-Address", address("192.0.2.10"))
                .build();
    }

    private static void arp(GroupedAvpBuilder g) {
        g.add("Priority-Level", 8).add("Pre-emption-Capability", "PRE-EMPTION_CAPABILITY_DISABLED")
                .add("Pre-emption-Vulnerability", "PRE-EMPTION_VULNERABILITY_ENABLED");
    }

    /** The CCA-I answering {@code ccr}: three dynamic Charging-Rule-Definitions. */
    static DiameterMessage ccaInitial(Dictionary d, DiameterMessage ccr) {
        return MessageBuilder.answer(d, ccr)
                .add("Auth-Application-Id", ApplicationIds.GX)
                .originHost("pcrf.mnc001.mcc001.3gppnetwork.org")
                .originRealm("mnc001.mcc001.3gppnetwork.org")
                .resultCode(ResultCodes.DIAMETER_SUCCESS)
                .add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0)
                .addGrouped("Charging-Rule-Install", g -> {
                    for (int i = 1; i <= 3; i++) {
                        int n = i;
                        g.addGrouped("Charging-Rule-Definition", r -> rule(r, n));
                    }
                })
                .addGrouped("Default-EPS-Bearer-QoS", g -> g.add("QoS-Class-Identifier", "QCI_9")
                        .addGrouped("Allocation-Retention-Priority", GxMessages::arp))
                .addGrouped("QoS-Information", g -> g.add("APN-Aggregate-Max-Bitrate-UL", 50_000_000L)
                        .add("APN-Aggregate-Max-Bitrate-DL", 150_000_000L))
                .add("Event-Trigger", "RAT_CHANGE")
                .build();
    }

    private static void rule(GroupedAvpBuilder r, int n) {
        r.add("Charging-Rule-Name", "dyn-rule-" + n)
                .add("Rating-Group", 100 + n)
                .addGrouped("Flow-Information", f -> f
                        .add("Flow-Description", "permit out 17 from 198.51.100." + n + " 5060 to any")
                        .add("Flow-Direction", "DOWNLINK"))
                .addGrouped("Flow-Information", f -> f
                        .add("Flow-Description", "permit out 17 from any to 198.51.100." + n + " 5060")
                        .add("Flow-Direction", "UPLINK"))
                .add("Flow-Status", "ENABLED")
                .addGrouped("QoS-Information", q -> q.add("QoS-Class-Identifier", "QCI_1")
                        .add("Max-Requested-Bandwidth-UL", 128_000L).add("Max-Requested-Bandwidth-DL", 128_000L)
                        .add("Guaranteed-Bitrate-UL", 64_000L).add("Guaranteed-Bitrate-DL", 64_000L)
                        .addGrouped("Allocation-Retention-Priority", GxMessages::arp))
                .add("Online", "DISABLE_ONLINE")
                .add("Offline", "ENABLE_OFFLINE")
                .add("Precedence", 10 * n)
                .add("Monitoring-Key", "mk-" + n);
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    /** Refuses to benchmark a message the codec itself finds invalid. */
    static void requireValid(DiameterCodec codec, DiameterMessage m) {
        DecodeResult r = codec.decode(DiameterCodec.encode(m));
        if (!r.isValid()) {
            throw new IllegalStateException(m.name() + " is not valid: " + r.errors());
        }
    }
}
