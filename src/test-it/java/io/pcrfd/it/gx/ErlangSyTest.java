package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import io.pcrfd.it.Erlang;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erlang/OTP's diameter application, a strict independent stack, as the OCS of the PCRF's Sy
 * client (TS 29.219). Its Sy dictionary ({@code src/test-it/resources/erlang/otp_sy.dia}) is
 * written from TS 29.219 and compiled here with OTP's {@code diameterc}; the OCS
 * ({@code otp_sy_ocs.erl}) dials pcrfd and answers the SLR that a test PCEF's CCR-I brings with
 * data-cap "exhausted" (the CCA-I is throttled), notifies "normal" by SNR (answered SNA 2001; the
 * PCEF gets a RAR lifting the cap), and answers the STR that the end of the Gx session brings.
 * OTP decodes the SLR, the SNA and the STR with {@code strict_mbit} and must find no error.
 * Skipped where Erlang/OTP is not installed ({@link Erlang}).
 */
@Timeout(120)
class ErlangSyTest {
    private static final String IMSI = "001019000000001";
    private static final String GX_SESSION = "gx;otp";
    private static final long NORMAL_DL = 50_000_000;
    private static final long CAPPED_DL = 1_000_000;
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final GxPcef pcef = new GxPcef("pgw.sy.e2e.example", 1);

    @Test
    void otpDiameterAsTheOcsAnswersSlrNotifiesBySnrAndEndsWithStr(@TempDir Path dir) throws Exception {
        assumeTrue(Erlang.available(), Erlang.MISSING);
        Path build = dir.resolve("erlang");
        Erlang.compile(build, "otp_sy", "otp_sy_ocs");

        try (SyPcrf pcrf = SyPcrf.start(dir, Instant.parse("2026-11-18T12:00:00Z"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            Map<String, DiameterMessage> seen = new ConcurrentHashMap<>();
            List<String> printed = Erlang.client(build, "otp_sy_ocs", line -> {
                if (line.equals("up")) { // the OCS is there: a Gx session that needs its counters
                    Await.await("the OCS's CER accepted", WAIT, () -> pcrf.node.diameter()
                            .peer(SyOcsStub.HOST).map(p -> p.state().isOpen()).orElse(false));
                    seen.put("cca-i", call(pgw, pcef.initial(GX_SESSION, IMSI, "10.70.9.1")));
                } else if (line.startsWith("answer name=snr ")) { // the cap lifted: then the Gx session ends
                    seen.put("rar", SyEndToEndTest.awaitRar(pgw, GX_SESSION));
                    seen.put("cca-t", call(pgw, pcef.terminate(GX_SESSION, 1)));
                }
            }, Integer.toString(pcrf.port()));
            List<String> out = Erlang.events(printed);

            assertThat(out).as("OTP accepted our CEA; output: %s", printed).first().isEqualTo("up");
            assertThat(out).as("the OCS ended with DPR/DPA; output: %s", printed).last().isEqualTo("down");
            String slr = out.stream().filter(l -> l.startsWith("slr ")).findFirst().orElseThrow();
            assertThat(Erlang.fields(slr)).as("the SLR OTP decoded").containsEntry("type", "0")
                    .containsEntry("counters", "data-cap").containsEntry("subscriber", IMSI)
                    .containsEntry("errors", "[]");
            assertThat(resultCode(seen.get("cca-i"))).isEqualTo(2001);
            assertThat(SyEndToEndTest.ambrDl(seen.get("cca-i"))).as("data-cap exhausted: throttled")
                    .isEqualTo(CAPPED_DL);

            assertThat(Erlang.answers(out).get("snr")).as("the SNA to OTP's SNR")
                    .containsEntry("rc", "[2001]").containsEntry("errors", "[]");
            assertThat(SyEndToEndTest.ambrDl(seen.get("rar"))).as("data-cap normal: the RAR lifts the cap")
                    .isEqualTo(NORMAL_DL);

            assertThat(resultCode(seen.get("cca-t"))).isEqualTo(2001);
            String str = out.stream().filter(l -> l.startsWith("str ")).findFirst().orElseThrow();
            assertThat(Erlang.fields(str)).as("the STR ending the Sy session")
                    .containsEntry("session", Erlang.fields(slr).get("session")).containsEntry("cause", "1")
                    .containsEntry("errors", "[]");
        }
    }
}
