package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.embedded.EmbeddedChannel;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.overload.OverloadOptions;
import io.pcrfd.diameter.testing.DissectedMessage;
import io.pcrfd.diameter.testing.Tshark;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RFC 7683 DOIC on the wire: OC-Supported-Features (loss algorithm) in every answer to a
 * request that announced it, OC-OLR while the node refuses requests, nothing of either to a
 * peer that did not announce support (§5.1), M bit clear throughout (§7.1), and Wireshark
 * names every AVP.
 */
class DoicOnTheWireTest {
    private static final String DOIC = "doic.pcef.test.example";
    private static final String PLAIN = "plain.pcef.test.example";
    private static final long WALL = 1_765_000_000_000L;

    private final AdmissionHarness h = new AdmissionHarness(OverloadOptions.DEFAULTS.withMaxPending(1, 100)
            .withDoic(true, Duration.ofSeconds(10)), AdmissionHarness.PARK);

    @Test
    void outsideAnOverloadOnlyTheAnnouncingPeerGetsOcSupportedFeaturesAndNoReport() {
        EmbeddedChannel doic = h.connect(DOIC);
        EmbeddedChannel plain = h.connect(PLAIN);
        h.exchange(doic, h.ccr(DOIC, "d;1", "INITIAL_REQUEST", true, false));
        h.exchange(plain, h.ccr(PLAIN, "p;1", "INITIAL_REQUEST"));
        h.parked.forEach(Runnable::run);
        DiameterMessage toDoic = h.settle(doic).get(0);
        DiameterMessage toPlain = h.settle(plain).get(0);

        assertThat(resultCode(toDoic)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        Avp features = toDoic.avp("OC-Supported-Features").orElseThrow();
        assertThat(features.children()).extracting(Avp::name).containsExactly("OC-Feature-Vector");
        assertThat(features.child("OC-Feature-Vector").orElseThrow().asLong()).as("OLR_DEFAULT_ALGO").isEqualTo(1);
        assertThat(toDoic.avp("OC-OLR")).isEmpty();
        assertThat(toPlain.avps()).extracting(Avp::code).doesNotContain(621, 623);
    }

    @Test
    void whileRefusingTheNodeReportsAReductionToAnnouncingPeersOnlyAndThenItsEnd(@TempDir Path dir) {
        EmbeddedChannel doic = h.connect(DOIC);
        EmbeddedChannel plain = h.connect(PLAIN);
        h.exchange(doic, h.ccr(DOIC, "d;0", "INITIAL_REQUEST", true, false));
        h.exchange(plain, h.ccr(PLAIN, "p;0", "INITIAL_REQUEST"));
        for (int i = 1; i <= 8; i++) {
            h.exchange(doic, h.ccr(DOIC, "d;" + i, "INITIAL_REQUEST", true, false));
        }
        // 10 arrived, 8 refused: the loss algorithm needs 80 % less traffic
        h.node.overload().tick(0, WALL);

        List<byte[]> busyToDoic = wire(doic, h.ccr(DOIC, "d;9", "INITIAL_REQUEST", true, false));
        DiameterMessage busy = decode(busyToDoic.get(0));
        assertThat(resultCode(busy)).isEqualTo(ResultCodes.DIAMETER_TOO_BUSY);
        assertThat(busy.avps()).extracting(Avp::name).endsWith("OC-Supported-Features", "OC-OLR");
        assertThat(hex(busyToDoic.get(0))).endsWith(""
                // OC-Supported-Features 621, flags 0 (no V, no M), length 8 + 16
                + "0000026d" + "00000018"
                // OC-Feature-Vector 622, Unsigned64 1 = OLR_DEFAULT_ALGO
                + "0000026e" + "00000010" + "0000000000000001"
                // OC-OLR 623, length 8 + 16 + 3 x 12
                + "0000026f" + "0000003c"
                // OC-Sequence-Number 624 = the wall clock in ms when the report began
                + "00000270" + "00000010" + String.format("%016x", WALL)
                // OC-Report-Type 626 = HOST_REPORT (0)
                + "00000272" + "0000000c" + "00000000"
                // OC-Reduction-Percentage 627 = 80
                + "00000273" + "0000000c" + "00000050"
                // OC-Validity-Duration 625 = 10 s
                + "00000271" + "0000000c" + "0000000a");

        DiameterMessage busyToPlain = h.exchange(plain, h.ccr(PLAIN, "p;1", "INITIAL_REQUEST")).get(0);
        assertThat(resultCode(busyToPlain)).isEqualTo(ResultCodes.DIAMETER_TOO_BUSY);
        assertThat(busyToPlain.avps()).extracting(Avp::code).doesNotContain(621, 623);

        h.parked.forEach(Runnable::run);
        h.parked.clear();
        DiameterMessage answered = h.settle(doic).get(0);
        assertThat(resultCode(answered)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(answered.avp("OC-OLR").orElseThrow().child("OC-Reduction-Percentage").orElseThrow()
                .asUnsigned32()).as("answers that were handled carry the report too").isEqualTo(80);
        assertThat(h.settle(plain).get(0).avps()).extracting(Avp::code).doesNotContain(621, 623);

        // the next period saw only refusals (d;9, p;1): 100 %; then none for 10 periods: 90, ..., 10, end
        h.node.overload().tick(TimeUnit.SECONDS.toNanos(1), WALL + 1000);
        assertThat(reduction(olrOf(h.answered(doic, h.ccr(DOIC, "d;10", "UPDATE_REQUEST", true, false)))))
                .isEqualTo(100);
        for (int s = 2; s <= 11; s++) {
            h.node.overload().tick(TimeUnit.SECONDS.toNanos(s), WALL + 1000L * s);
        }
        Avp end = olrOf(h.answered(doic, h.ccr(DOIC, "d;11", "UPDATE_REQUEST", true, false)));
        assertThat(end.child("OC-Validity-Duration").orElseThrow().asUnsigned32()).as("the end (§5.5.1)").isZero();
        assertThat(reduction(end)).isZero();
        assertThat(end.child("OC-Sequence-Number").orElseThrow().asLong()).isEqualTo(WALL + 11_000);
        h.node.overload().tick(TimeUnit.SECONDS.toNanos(21), WALL + 21_000);
        assertThat(h.answered(doic, h.ccr(DOIC, "d;12", "UPDATE_REQUEST", true, false)).get(0).avps())
                .extracting(Avp::name).as("one validity after the end: no report")
                .contains("OC-Supported-Features").doesNotContain("OC-OLR");

        assumeTrue(Tshark.available(), "tshark is not installed");
        List<DissectedMessage> seen = Tshark.dissect(dir.resolve("doic.pcap"), h.capture);
        List<String> names = new ArrayList<>();
        seen.forEach(m -> m.forEachAvp(a -> names.add(a.name())));
        assertThat(names).contains("OC-Supported-Features", "OC-Feature-Vector", "OC-OLR", "OC-Sequence-Number",
                "OC-Report-Type", "OC-Reduction-Percentage", "OC-Validity-Duration");
        assertThat(seen).allSatisfy(m -> {
            assertThat(m.experts()).isEmpty();
            m.forEachAvp(a -> assertThat(a.named()).as(a.showName()).isTrue());
        });
    }

    private static Avp olrOf(List<DiameterMessage> answers) {
        assertThat(answers).hasSize(1);
        return answers.get(0).avp("OC-OLR").orElseThrow();
    }

    private static long reduction(Avp olr) {
        return olr.child("OC-Reduction-Percentage").orElseThrow().asUnsigned32();
    }

    private List<byte[]> wire(EmbeddedChannel ch, DiameterMessage request) {
        h.exchange(ch, request);
        return h.lastOutbound;
    }

    private static DiameterMessage decode(byte[] octets) {
        return AdmissionHarness.CODEC.decode(octets).message();
    }

    private static String hex(byte[] octets) {
        return HexFormat.of().formatHex(octets);
    }
}
