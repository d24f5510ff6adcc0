package io.pcrfd.it.ocs;

import static io.pcrfd.it.ocs.OcsUnderTest.SUBSCRIBER;
import static io.pcrfd.it.ocs.OcsUnderTest.call;
import static io.pcrfd.it.ocs.OcsWire.resultCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.diameter.testing.DissectedMessage;
import io.pcrfd.diameter.testing.PcapWriter;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.diameter.testing.Tshark;
import io.pcrfd.it.gx.MutableClock;
import io.pcrfd.it.gx.RecordingProxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole Sy session (SLR, SNR with a pending status, STR) and a whole Gy session (CCR-I, CCR-U
 * ending in final units, CCR-T) as they crossed the wire to the OCS, relayed through recording
 * proxies and dissected by Wireshark: every message recognised, every AVP named, no expert item.
 * Skipped where tshark is not installed.
 */
@Timeout(120)
class OcsTsharkTest {
    private static final Instant T0 = Instant.parse("2026-11-18T12:00:00Z");

    @Test
    void syAndGyDissectCleanly(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed: Wireshark validation skipped (CI installs it)");
        List<PcapWriter.Segment> sy;
        List<PcapWriter.Segment> gy;
        try (OcsUnderTest ocs = OcsUnderTest.start(dir, new MutableClock(T0));
             RecordingProxy syProxy = new RecordingProxy(ocs.diameterPort());
             RecordingProxy gyProxy = new RecordingProxy(ocs.diameterPort());
             TestPeer pcrf = OcsUnderTest.connect("pcrf.e2e.example", ApplicationIds.SY, syProxy.port());
             TestPeer gw = OcsUnderTest.connect("pgw.e2e.example", ApplicationIds.CREDIT_CONTROL, gyProxy.port())) {
            String p = "pcrf.e2e.example";
            assertThat(resultCode(call(pcrf, OcsWire.slr(p, "pcrf;sy;t", Ts29219.SlRequestType.INITIAL_REQUEST,
                    SUBSCRIBER)))).isEqualTo(2001);
            assertThat(ocs.post("/accounts/" + SUBSCRIBER + "/counters/wallet-level/status?status=blocked&at="
                    + T0.plusSeconds(3600)).statusCode()).isEqualTo(200);
            pcrf.awaitReceived(OcsSyEndToEndTest::isSnr, Duration.ofSeconds(10));
            String g = "pgw.e2e.example";
            assertThat(resultCode(call(gw, OcsWire.ccr(g, "pgw;gy;t", Rfc4006.CcRequestType.INITIAL_REQUEST, 0, SUBSCRIBER,
                    OcsWire.octets(1, -1, true))))).isEqualTo(2001);
            assertThat(resultCode(call(gw, OcsWire.ccr(g, "pgw;gy;t", Rfc4006.CcRequestType.UPDATE_REQUEST, 1, SUBSCRIBER,
                    OcsWire.octets(1, 10_000_000, true))))).isEqualTo(2001);
            assertThat(resultCode(call(gw, OcsWire.ccr(g, "pgw;gy;t", Rfc4006.CcRequestType.TERMINATION_REQUEST, 2,
                    SUBSCRIBER, OcsWire.octets(1, 1_000, false))))).isEqualTo(2001);
            assertThat(resultCode(call(pcrf, OcsWire.str(p, "pcrf;sy;t")))).isEqualTo(2001);
            ocs.close(); // DPR, DPA, close
            sy = syProxy.awaitSegments(30);
            gy = gyProxy.awaitSegments(30);
        }
        List<DissectedMessage> sySeen = Tshark.dissect(dir.resolve("sy.pcap"), sy);
        List<DissectedMessage> gySeen = Tshark.dissect(dir.resolve("gy.pcap"), gy);

        assertThat(sySeen).extracting(DissectedMessage::commandCode).containsSubsequence(257L, 257L, 8388635L, 8388635L,
                8388636L, 8388636L, 275L, 275L, 282L, 282L);
        assertThat(gySeen).extracting(DissectedMessage::commandCode).containsSubsequence(257L, 257L, 272L, 272L, 272L,
                272L, 272L, 272L, 282L, 282L);
        List<DissectedMessage> all = new ArrayList<>(sySeen);
        all.addAll(gySeen);
        assertThat(all).allSatisfy(m -> assertThat(m.experts()).as("frame %d (%d)", m.frame(), m.commandCode()).isEmpty());
        List<String> unnamed = new ArrayList<>();
        all.forEach(m -> m.forEachAvp(a -> {
            if (!a.named()) {
                unnamed.add(m.commandCode() + ": " + a.showName());
            }
        }));
        assertThat(unnamed).isEmpty();
    }
}
