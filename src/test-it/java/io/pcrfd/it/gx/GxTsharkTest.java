package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.testing.DissectedMessage;
import io.pcrfd.diameter.testing.PcapWriter;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.diameter.testing.Tshark;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One whole Gx session as it crossed the wire between a PCEF and the running PCRF (CER, CCR-I,
 * CCR-U with usage, RAR from the REST API, CCR-T, DPR at shutdown), relayed through a recording
 * proxy and dissected by Wireshark: every message is recognised, every AVP named, and Wireshark
 * raises no expert item. Skipped where tshark is not installed.
 */
@Timeout(120)
class GxTsharkTest {

    @Test
    void aWholeGxSessionDissectsCleanly(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed: Wireshark validation skipped (CI installs it)");
        GxPcef pcef = new GxPcef("pgw9.epc.e2e.example", 3);
        String id = "pgw9;1;capture";
        List<PcapWriter.Segment> wire;
        try (PcrfUnderTest pcrf = PcrfUnderTest.start(dir, Instant.parse("2026-11-18T12:00:00Z"));
             RecordingProxy proxy = new RecordingProxy(pcrf.diameterPort());
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), proxy.port())) {
            assertThat(resultCode(call(pgw, pcef.initial(id, GxPcef.GOLD_IMSI, "10.50.0.1")))).isEqualTo(2001);
            assertThat(resultCode(call(pgw, pcef.usage(id, 1, "mk1", 1_000_000L)))).isEqualTo(2001);
            assertThat(pcrf.post("/sessions/" + PcrfUnderTest.segment(id) + "/reauthorize").statusCode()).isEqualTo(202);
            assertThat(resultCode(call(pgw, pcef.terminate(id, 2)))).isEqualTo(2001);
            pcrf.close(); // DPR, DPA, close
            wire = proxy.awaitSegments(30);
        }

        List<DissectedMessage> seen = Tshark.dissect(dir.resolve("gx-session.pcap"), wire);

        assertThat(seen).extracting(DissectedMessage::commandCode)
                .containsExactly(257L, 257L, 272L, 272L, 272L, 272L, 258L, 258L, 272L, 272L, 282L, 282L);
        assertThat(seen).allSatisfy(m -> assertThat(m.experts()).as("frame %d", m.frame()).isEmpty());
        List<String> unnamed = new ArrayList<>();
        seen.forEach(m -> m.forEachAvp(a -> {
            if (!a.named()) {
                unnamed.add(m.commandCode() + ": " + a.showName());
            }
        }));
        assertThat(unnamed).isEmpty();
        assertThat(seen.get(6).applicationId()).isEqualTo(16777238L);
        assertThat(seen.get(6).request()).isTrue();
    }
}
