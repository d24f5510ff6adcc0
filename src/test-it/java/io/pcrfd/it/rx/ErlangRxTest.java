package io.pcrfd.it.rx;

import static io.pcrfd.it.rx.RxAf.resultCode;
import static io.pcrfd.it.rx.RxPcrf.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Erlang;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erlang/OTP's diameter application, a strict independent stack, as the AF (a P-CSCF) of the
 * running PCRF over Rx (TS 29.214 §4.4). Its Rx dictionary ({@code src/test-it/resources/erlang/otp_rx.dia})
 * is written from TS 29.214 and compiled here with OTP's {@code diameterc}; the client
 * ({@code otp_rx_client.erl}) sends an AAR with one audio component for the UE address of a live
 * Gx session (held by a test PCEF, whose RAA installs the derived rule), gets AAA 2001; the test
 * then ends the Gx session, so the PCRF aborts the AF session by ASR (Abort-Cause
 * BEARER_RELEASED, §4.4.4), which OTP answers ASA 2001 before ending it with STR. OTP decodes
 * the AAA, the ASR and the STA with {@code strict_mbit} and must find no error. Skipped where
 * Erlang/OTP is not installed ({@link Erlang}).
 */
@Timeout(120)
class ErlangRxTest {
    private static final String UE = "10.70.9.1";
    private static final String GX_SESSION = "pgw;otp";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void otpDiameterAsTheAfAuthorisesAudioIsAbortedWithItsBearerAndEndsWithStr(@TempDir Path dir) throws Exception {
        assumeTrue(Erlang.available(), Erlang.MISSING);
        Path build = dir.resolve("erlang");
        Erlang.compile(build, "otp_rx", "otp_rx_client");

        try (RxPcrf pcrf = RxPcrf.start(dir); TestPeer pgw = pcrf.pcef()) {
            runScenario(build, pgw, pcrf.diameterPort(), GX_SESSION, UE);
        }
    }

    /**
     * The Gx session of {@code ue} opened by {@code pgw}, then {@code otp_rx_client.erl} dialling
     * {@code port} (the PCRF's, or a DRA's): its AAR authorised (the PCEF gets the derived rule by
     * RAR), the Gx session ended under it, the ASR that brings, and the STR; everything OTP
     * receives decoded without error.
     */
    static void runScenario(Path build, TestPeer pgw, int port, String gxSession, String ue) throws Exception {
        DiameterMessage ccaI = call(pgw, RxAf.ccrI(gxSession, RxAf.GOLD_IMSI, ue, "ims"));
        assertThat(resultCode(ccaI)).isEqualTo(2001);
        assertThat(ccaI.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo("pcrf.rx.example");
        AtomicLong ccaT = new AtomicLong(-1);
        List<String> printed = Erlang.client(build, "otp_rx_client", line -> {
            if (line.startsWith("answer name=aar ")) { // the AF session is up: end the bearer under it
                ccaT.set(resultCode(call(pgw, RxAf.ccrT(gxSession, 1))));
            }
        }, Integer.toString(port), ue);
        List<String> out = Erlang.events(printed);

        assertThat(out).as("OTP accepted the CEA; output: %s", printed).first().isEqualTo("up");
        assertThat(out).as("the client ended with DPR/DPA; output: %s", printed).last().isEqualTo("down");
        Map<String, Map<String, String>> answers = Erlang.answers(out);
        assertThat(answers.get("aar")).as("AAA, and its Auth-Application-Id (TS 29.214 §5.6.2)")
                .containsEntry("rc", "[2001]").containsEntry("errors", "[]").containsEntry("app", "16777236");
        DiameterMessage install = pgw.awaitReceived(m -> m.commandCode() == 258
                && m.avp("Charging-Rule-Install").isPresent(), WAIT);
        assertThat(install.sessionId()).contains(gxSession);

        assertThat(ccaT.get()).as("the PCEF's CCR-T").isEqualTo(2001);
        assertThat(out).as("the ASR OTP received and answered 2001")
                .contains("asr session=otp-af.ims.example;1700000000;call cause=0 errors=[]");
        assertThat(answers.get("str")).as("STA, without Auth-Application-Id (its grammar has none, §5.6.6)")
                .containsEntry("rc", "[2001]").containsEntry("errors", "[]").containsEntry("app", "none");
    }
}
