package io.pcrfd.it.rx;

import static io.pcrfd.it.rx.RxAf.resultCode;
import static io.pcrfd.it.rx.RxPcrf.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.DissectedMessage;
import io.pcrfd.diameter.testing.PcapWriter;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.diameter.testing.Tshark;
import io.pcrfd.it.gx.RecordingProxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AF's side of a whole Rx session as it crossed the wire (CER, AAR with audio and video, the
 * PCRF's RAR reporting the video rule the PCEF could not install, a refused AAR with Failed-AVP,
 * ASR after the Gx session ended, STR, DPR at shutdown), relayed through a recording proxy and
 * dissected by Wireshark: every message recognised, every AVP named, no expert item. Skipped
 * where tshark is not installed.
 */
@Timeout(120)
class RxTsharkTest {

    @Test
    void aWholeRxSessionDissectsCleanly(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed: Wireshark validation skipped (CI installs it)");
        List<PcapWriter.Segment> wire;
        try (RxPcrf pcrf = RxPcrf.start(dir); TestPeer pgw = pcrf.pcef();
             RecordingProxy proxy = new RecordingProxy(pcrf.diameterPort());
             TestPeer af = RxPcrf.connect(RxAf.AF_HOST, "ims.rx.example", proxy.port(), ApplicationIds.RX)) {
            pgw.onRequest(rar -> MessageBuilder.answer(RxPcrf.DICT, rar).originHost(RxAf.PCEF_HOST)
                    .originRealm("epc.rx.example").resultCode(2001)
                    .addGrouped("Charging-Rule-Report", r -> r.add("Charging-Rule-Name", "rx:af;t:2".getBytes())
                            .add("PCC-Rule-Status", "INACTIVE").add("Rule-Failure-Code", 10)).build());
            call(pgw, RxAf.ccrI("pgw;t", RxAf.GOLD_IMSI, "10.70.1.1", "ims"));
            assertThat(resultCode(call(af, RxAf.aar("af;t", "10.70.1.1", "ims",
                    RxAf.media(1, "AUDIO", 38_000, 38_000, RxAf.VOICE_FLOWS)
                            .andThen(RxAf.media(2, "VIDEO", 800_000, 800_000, RxAf.VOICE_FLOWS))
                            .andThen(b -> b.add("Specific-Action", "INDICATION_OF_FAILED_RESOURCES_ALLOCATION")
                                    .add("Specific-Action", "INDICATION_OF_LOSS_OF_BEARER")))))).isEqualTo(2001);
            af.awaitReceived(m -> m.commandCode() == 258, Duration.ofSeconds(5));
            assertThat(resultCode(call(af, RxAf.aar("af;u", "10.70.1.1", "ims", RxAf.media(1, "AUDIO", 1, 1,
                    List.of("permit out 17 from any to 10.70.1.1 5000 frag")))))).isEqualTo(5062);
            call(pgw, RxAf.ccrT("pgw;t", 1));
            af.awaitReceived(m -> m.commandCode() == 274, Duration.ofSeconds(5));
            assertThat(resultCode(call(af, RxAf.str("af;t")))).isEqualTo(2001);
            pcrf.close(); // DPR, DPA, close
            wire = proxy.awaitSegments(30);
        }

        List<DissectedMessage> seen = Tshark.dissect(dir.resolve("rx-session.pcap"), wire);

        assertThat(seen).extracting(DissectedMessage::commandCode).containsExactlyInAnyOrder(
                257L, 257L, 265L, 265L, 258L, 258L, 265L, 265L, 274L, 274L, 275L, 275L, 282L, 282L);
        assertThat(seen).allSatisfy(m -> assertThat(m.experts()).as("frame %d", m.frame()).isEmpty());
        List<String> unnamed = new ArrayList<>();
        seen.forEach(m -> m.forEachAvp(a -> {
            if (!a.named()) {
                unnamed.add(m.commandCode() + ": " + a.showName());
            }
        }));
        assertThat(unnamed).isEmpty();
        assertThat(seen).filteredOn(m -> m.commandCode() != 257 && m.commandCode() != 282)
                .allSatisfy(m -> assertThat(m.applicationId()).isEqualTo(16777236L));
    }
}
