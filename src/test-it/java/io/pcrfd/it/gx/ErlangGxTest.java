package io.pcrfd.it.gx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.it.Await;
import io.pcrfd.it.Erlang;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erlang/OTP's diameter application, a strict independent stack, as the PCEF of the running
 * PCRF. Its Gx dictionary ({@code src/test-it/resources/erlang/otp_gx.dia}) is written from TS
 * 29.212 and compiled here with OTP's own {@code diameterc}; the client
 * ({@code otp_gx_client.erl}) dials pcrfd, passes OTP's capability checks on our CEA, runs a
 * basic subscriber through CCR-I, CCR-U with a usage report and CCR-T, opens and closes a gold
 * subscriber's session (predefined rule, rule base and a dynamic rule with flows, QoS and a
 * Monitoring-Key), moves the PCRF's clock into the night window so that a RAR removes the
 * dynamic rule (answered RAA 2001), sends a barred subscriber's CCR-I and a CCR-I with an M-bit
 * AVP Gx does not define (5001, the AVP in Failed-AVP), then stops with DPR. OTP
 * decodes every answer and the RAR with {@code strict_mbit}: an M-bit AVP outside the grammar
 * that carries it (5001), a value its dictionary does not list (5004) or a bad length (5014)
 * would be reported, and the test requires none. Skipped where Erlang/OTP is not installed
 * ({@link Erlang}).
 */
@Timeout(120)
class ErlangGxTest {

    @Test
    void otpDiameterRunsGxSessionsAndDecodesEveryAnswerStrictly(@TempDir Path dir) throws Exception {
        assumeTrue(Erlang.available(), Erlang.MISSING);
        Path build = dir.resolve("erlang");
        Erlang.compile(build, "otp_gx", "otp_gx_client");

        // 3 s before 22:00 UTC: the gold plan's dynamic rule is installed, and the night window that
        // removes it opens while the session lives (its timer fires 3 s after the CCR-I, real time)
        try (PcrfUnderTest pcrf = PcrfUnderTest.start(dir.resolve("pcrf"), Instant.parse("2026-11-18T21:59:57Z"))) {
            List<String> printed = Erlang.client(build, "otp_gx_client", line -> {
                if (line.startsWith("answer name=gold-i ")) {
                    pcrf.clock.set(Instant.parse("2026-11-18T22:00:01Z"));
                }
            }, Integer.toString(pcrf.diameterPort()));
            assertScenario(printed, pcrf);
            Await.await("OTP's DPR handled", Duration.ofSeconds(20), () -> pcrf.node.diameter()
                    .peer("otp-pcef.e2e.example").map(p -> !p.state().isOpen()).orElse(true));
        }
    }

    /**
     * What {@code otp_gx_client.erl} printed, against {@code pcrf} (directly or through a DRA):
     * OTP accepted the CEA and ended with DPR, every answer and the RAR decoded strictly without
     * error, each with the result and content its subscriber's plan gives, and both sessions
     * closed at the PCRF by their CCR-T.
     */
    static void assertScenario(List<String> printed, PcrfUnderTest pcrf) {
        List<String> out = Erlang.events(printed);

        assertThat(out).as("OTP accepted our CEA; output: %s", printed).first().isEqualTo("up");
        assertThat(out).as("the client ended with DPR/DPA; output: %s", printed).last().isEqualTo("down");
        Map<String, Map<String, String>> answers = Erlang.answers(out);
        assertThat(answers).containsOnlyKeys("basic-i", "basic-u", "basic-t", "gold-i", "gold-t", "barred-i",
                "unknown-i");
        answers.forEach((name, fields) -> assertThat(fields.get("errors"))
                .as("errors OTP's strict decoder found in the answer to %s: %s", name, fields).isEqualTo("[]"));

        Map<String, String> basic = answers.get("basic-i");
        assertThat(basic).containsEntry("rc", "[2001]").containsEntry("qci", "[9]")
                .containsEntry("ambr_ul", "[10000000]").containsEntry("ambr_dl", "[50000000]")
                .containsEntry("monitors", "mk1").containsEntry("triggers", "[33]");
        assertThat(basic.get("features")).as("Supported-Features answered (TS 29.212 §5.4.1)").isNotEqualTo("[]");
        assertThat(answers.get("basic-u")).containsEntry("rc", "[2001]");
        assertThat(answers.get("basic-t")).containsEntry("rc", "[2001]");

        assertThat(answers.get("gold-i")).containsEntry("rc", "[2001]").containsEntry("qci", "[8]")
                .containsEntry("rules", "internet").containsEntry("bases", "gold-services")
                .containsEntry("dynamic", "video");
        assertThat(out).as("the RAR OTP received and answered 2001")
                .contains("rar session=otp-pcef.e2e.example;1700000000;gold type=0 errors=[] removed=video");
        assertThat(answers.get("gold-t")).containsEntry("rc", "[2001]");
        assertThat(answers.get("barred-i")).as("the barred plan's Experimental-Result")
                .containsEntry("rc", "none").containsEntry("exp", "5140");
        assertThat(answers.get("unknown-i")).as("an M-bit AVP Gx does not define (RFC 6733 §7.1.5)")
                .containsEntry("rc", "[5001]").containsEntry("failed", "[64999]");

        for (String plan : List.of("basic", "gold")) {
            String sessionId = "otp-pcef.e2e.example;1700000000;" + plan; // as otp_gx_client.erl makes it
            assertThat(pcrf.get("/sessions/" + PcrfUnderTest.segment(sessionId)).statusCode())
                    .as("the %s session closed by its CCR-T", plan).isEqualTo(404);
        }
    }
}
