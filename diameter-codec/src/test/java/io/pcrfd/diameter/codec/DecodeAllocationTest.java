package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A guard on the allocation aim of BENCHMARKS.md: decoding and validating a Gx CCR-I of about
 * 25 AVPs allocates under 4 KiB (the message copy, its AVPs, one array per level), measured with
 * the JVM's per-thread allocation counter.
 */
class DecodeAllocationTest {
    private static DiameterMessage ccrInitial(Dictionary d) throws Exception {
        return MessageBuilder.request(d, ApplicationIds.GX, "CCR")
                .add("Session-Id", "pgw.epc.mnc001.mcc001.3gppnetwork.org;1700000000;42")
                .add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", "pgw.epc.mnc001.mcc001.3gppnetwork.org")
                .add("Origin-Realm", "epc.mnc001.mcc001.3gppnetwork.org")
                .add("Destination-Realm", "pcrf.mnc001.mcc001.3gppnetwork.org")
                .add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010123456789"))
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_E164")
                        .add("Subscription-Id-Data", "15550100"))
                .addGrouped("Supported-Features", g -> g.add("Vendor-Id", 10415)
                        .add("Feature-List-ID", 1).add("Feature-List", 0x3ff))
                .add("Framed-IP-Address", new byte[] {10, 45, 0, 7})
                .add("IP-CAN-Type", "3GPP-EPS")
                .add("RAT-Type", "EUTRAN")
                .addGrouped("QoS-Information", g -> g.add("APN-Aggregate-Max-Bitrate-UL", 50_000_000L)
                        .add("APN-Aggregate-Max-Bitrate-DL", 150_000_000L))
                .addGrouped("Default-EPS-Bearer-QoS", g -> g.add("QoS-Class-Identifier", "QCI_9")
                        .addGrouped("Allocation-Retention-Priority", a -> a.add("Priority-Level", 8)))
                .add("AN-GW-Address", InetAddress.getByName("192.0.2.10"))
                .add("3GPP-SGSN-MCC-MNC", "00101")
                .add("Called-Station-Id", "internet")
                .add("Online", "DISABLE_ONLINE")
                .add("Offline", "ENABLE_OFFLINE")
                .build();
    }

    @Test
    void decodingAGxCcrInitialAllocatesUnderFourKibibytes() throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean,
                "this JVM cannot count allocated bytes per thread");
        var counter = (com.sun.management.ThreadMXBean) threads;
        Dictionary d = Dictionary.standard();
        DiameterCodec codec = new DiameterCodec(d);
        byte[] wire = DiameterCodec.encode(ccrInitial(d));
        assertThat(codec.decode(wire).errors()).isEmpty();
        int warm = 20_000;
        int measured = 10_000;
        long sink = 0;
        for (int i = 0; i < warm; i++) {
            sink += codec.decode(wire).message().commandCode();
        }
        long tid = Thread.currentThread().threadId();
        long before = counter.getThreadAllocatedBytes(tid);
        for (int i = 0; i < measured; i++) {
            sink += codec.decode(wire).message().commandCode();
        }
        long perDecode = (counter.getThreadAllocatedBytes(tid) - before) / measured;
        assertThat(sink).isEqualTo(272L * (warm + measured));
        // decode(byte[]) copies the caller's array first (the ByteBuf path copies once too).
        assertThat(perDecode).as("bytes allocated per decode of %d octets", wire.length).isLessThan(4096);
    }
}
