package io.pcrfd.pcrf.qos;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.Preemption;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The bytes of QoS-Information as {@link QosAvps} writes it, Extended-* AVPs above 4 Gbit/s included. */
class QosAvpsTest {
    private static final Dictionary DICT = Dictionary.standard();

    static Avp qosInformation(Consumer<GroupedAvpBuilder> body) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "RAR").add(Ts29212.QOS_INFORMATION, body)
                .build().avp(Ts29212.QOS_INFORMATION).orElseThrow();
    }

    static String hex(Avp a) {
        byte[] out = new byte[a.paddedLength()];
        a.writeTo(out, 0);
        return HexFormat.of().formatHex(out);
    }

    @Test
    void tenGbpsApnAmbrIsTheBaseAvpAtItsMaximumPlusExtendedApnAmbrInKbps() {
        Avp q = qosInformation(g -> QosAvps.apnAmbr(g, BitratePair.of(10_000_000_000L, 500_000_000L)));

        assertThat(hex(q)).isEqualTo(String.join("",
                "000003f8", "c000003c", "000028af",             // QoS-Information 1016, M V, 60 octets, 10415
                "00000411", "80000010", "000028af", "ffffffff", // APN-Aggregate-Max-Bitrate-UL 1041 = 4294967295
                "00000410", "80000010", "000028af", "1dcd6500", // APN-Aggregate-Max-Bitrate-DL 1040 = 500000000
                "00000b21", "80000010", "000028af", "00989680")); // Extended-APN-AMBR-UL 2849 = 10000000 kbit/s
    }

    @Test
    void aBearerAbove4GbpsCarriesExtendedMbrAndGbrInGrammarOrder() {
        Avp q = qosInformation(g -> QosAvps.bearer(g, 1, BitratePair.of(10_000_000_000L, 20_000_000_000L),
                BitratePair.of(5_000_000_000L, 1_000_000L), new Arp(2, Preemption.ENABLED, Preemption.DISABLED)));

        assertThat(q.children()).extracting(Avp::name).containsExactly("QoS-Class-Identifier",
                "Max-Requested-Bandwidth-UL", "Max-Requested-Bandwidth-DL",
                "Extended-Max-Requested-BW-UL", "Extended-Max-Requested-BW-DL",
                "Guaranteed-Bitrate-UL", "Guaranteed-Bitrate-DL", "Extended-GBR-UL",
                "Allocation-Retention-Priority");
        assertThat(u32(q, "Max-Requested-Bandwidth-UL")).isEqualTo(4_294_967_295L);
        assertThat(u32(q, "Extended-Max-Requested-BW-UL")).isEqualTo(10_000_000L);
        assertThat(u32(q, "Extended-Max-Requested-BW-DL")).isEqualTo(20_000_000L);
        assertThat(u32(q, "Guaranteed-Bitrate-UL")).isEqualTo(4_294_967_295L);
        assertThat(u32(q, "Extended-GBR-UL")).isEqualTo(5_000_000L);
        assertThat(u32(q, "Guaranteed-Bitrate-DL")).isEqualTo(1_000_000L);
        Avp arp = q.child(Ts29212.ALLOCATION_RETENTION_PRIORITY).orElseThrow();
        assertThat(hex(arp)).isEqualTo(String.join("",
                "0000040a", "8000003c", "000028af",             // Allocation-Retention-Priority 1034, V, 60
                "00000416", "80000010", "000028af", "00000002", // Priority-Level 1046 = 2
                "00000417", "80000010", "000028af", "00000000", // Pre-emption-Capability 1047 = ENABLED (0)
                "00000418", "80000010", "000028af", "00000001")); // Pre-emption-Vulnerability 1048 = DISABLED (1)
    }

    @Test
    void theLimitItselfNeedsNoExtendedAvpAndOneBitAboveRoundsUpToTheNextKbps() {
        Avp atLimit = qosInformation(g -> QosAvps.apnAmbr(g, BitratePair.of(4_294_967_295L, 4_294_967_296L)));

        assertThat(u32(atLimit, "APN-Aggregate-Max-Bitrate-UL")).isEqualTo(4_294_967_295L);
        assertThat(atLimit.child(Ts29212.EXTENDED_APN_AMBR_UL)).isEmpty();
        assertThat(u32(atLimit, "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(4_294_967_295L);
        assertThat(u32(atLimit, "Extended-APN-AMBR-DL")).isEqualTo(4_294_968L);
    }

    private static long u32(Avp grouped, String child) {
        return grouped.child(child).orElseThrow(() -> new AssertionError("no " + child)).asUnsigned32();
    }
}
