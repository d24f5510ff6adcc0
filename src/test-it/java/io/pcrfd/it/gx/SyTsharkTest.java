package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.testing.DissectedMessage;
import io.pcrfd.diameter.testing.PcapWriter;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.diameter.testing.Tshark;
import io.pcrfd.it.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole Sy session as it crossed the wire between the OCS and the running PCRF (CER, SLR
 * initial and intermediate, SNR with a pending status, STR, DPR at shutdown), relayed through a
 * recording proxy and dissected by Wireshark: every message recognised, every AVP named, no
 * expert item. Skipped where tshark is not installed.
 */
@Timeout(120)
class SyTsharkTest {

    @Test
    void aWholeSySessionDissectsCleanly(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed: Wireshark validation skipped (CI installs it)");
        GxPcef pcef = new GxPcef("pgw.sy.e2e.example", 1);
        List<PcapWriter.Segment> wire;
        try (SyPcrf pcrf = SyPcrf.start(dir, Instant.parse("2026-11-18T12:00:00Z"));
             RecordingProxy proxy = new RecordingProxy(pcrf.port());
             SyOcsStub ocs = new SyOcsStub(proxy.port(), Map.of("data-cap", "normal", "video-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            assertThat(resultCode(call(pgw, pcef.initial("gx;t1", GxPcef.GOLD_IMSI, "10.71.0.1")))).isEqualTo(2001);
            assertThat(resultCode(call(pgw, pcef.initial("gx;t2", GxPcef.GOLD_IMSI, "10.71.0.2", "video"))))
                    .isEqualTo(2001);
            assertThat(ocs.notify(ocs.lastSessionId(), "data-cap", "normal", List.of(new SyOcsStub.Pending(
                    "exhausted", Instant.parse("2026-11-19T00:00:00Z"))), null)).isEqualTo(2001);
            assertThat(resultCode(call(pgw, pcef.terminate("gx;t2", 1)))).isEqualTo(2001);
            assertThat(resultCode(call(pgw, pcef.terminate("gx;t1", 1)))).isEqualTo(2001);
            Await.await("STR", Duration.ofSeconds(5), () -> !ocs.strs.isEmpty());
            pcrf.close(); // DPR, DPA, close
            wire = proxy.awaitSegments(30);
        }

        List<DissectedMessage> seen = Tshark.dissect(dir.resolve("sy-session.pcap"), wire);

        assertThat(seen).extracting(DissectedMessage::commandCode).containsExactly(257L, 257L,
                8388635L, 8388635L, 8388635L, 8388635L, 8388636L, 8388636L, 8388635L, 8388635L, 275L, 275L, 282L, 282L);
        assertThat(seen).allSatisfy(m -> assertThat(m.experts()).as("frame %d", m.frame()).isEmpty());
        List<String> unnamed = new ArrayList<>();
        seen.forEach(m -> m.forEachAvp(a -> {
            if (!a.named()) {
                unnamed.add(m.commandCode() + ": " + a.showName());
            }
        }));
        assertThat(unnamed).isEmpty();
        assertThat(seen.get(2).applicationId()).isEqualTo(16777302L);
        assertThat(seen.get(2).request()).isTrue();
    }
}
