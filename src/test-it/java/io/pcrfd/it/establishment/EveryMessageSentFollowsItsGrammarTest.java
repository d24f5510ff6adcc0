package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.cc;
import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static io.pcrfd.it.establishment.S9aWire.seen;
import static io.pcrfd.it.establishment.S9aWire.sessionId;
import static io.pcrfd.it.establishment.S9aWire.toBpcf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.it.Await;
import io.pcrfd.it.establishment.RunningPcrfFixture.Setup;
import io.pcrfd.pcrf.cli.demo.Ladder;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.time.Clock;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every message the PCRF and the shipped BPCF write in a whole establishment lifecycle — Gx
 * CCA-I/U/T and RAR, the trigger in each encoding and mode, TEA/CCA/AAA, the BPCF's CCR-I/U/T,
 * the S9a CCA, RAR and RAA, the release — read off the socket by the relays and checked with
 * {@code DiameterCodec.validate}: its command's grammar, and no AVP with the M bit that the
 * grammar does not name (RFC 6733 §1.3.4; a strict peer answers 5001 to one).
 */
@Timeout(60)
class EveryMessageSentFollowsItsGrammarTest {
    private static final String IMSI = "001010000000061";
    private static final String UE_IP = "198.51.100.61";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ter, notify-only", "ccr, one-shot", "ccr, device-level", "ccr, notify-only", "aar, one-shot",
            "aar, device-level", "aar, notify-only"})
    void wholeLifecycle(String encoding, String mode) throws Exception {
        String gx = RunningPcrfFixture.PCEF + ";1;61";
        Setup setup = new Setup(encoding, mode, "5s", 2, Clock.systemUTC(), false);
        try (RunningPcrfFixture f = new RunningPcrfFixture(RunningPcrfEstablishmentTest.policy(false), setup)) {
            assertThat(resultCode(exchange(f, f.wlanInitial(gx, IMSI, UE_IP)))).isEqualTo(2001);
            WireEvent trigger = seen(f, "the trigger", e -> toBpcf(e) && e.isRequest());
            assertThat(trigger.message().avp("PCRF-Address").isPresent()).as("PCRF-Address only in a TER")
                    .isEqualTo("ter".equals(encoding));
            String s9a = sessionId(seen(f, "BPCF CCR-I", e -> !toBpcf(e) && e.isRequest() && cc(e, 1)
                    && !sessionId(e).equals(sessionId(trigger))));
            seen(f, "CCA-I 2001", e -> toBpcf(e) && !e.isRequest() && cc(e, 1) && sessionId(e).equals(s9a)
                    && e.resultCode() == 2001);
            Await.await("linked", S9aWire.WAIT, () -> S9aWire.linked(f, gx, s9a));

            f.writePolicy(RunningPcrfEstablishmentTest.policy(true));
            assertThat(f.rest("POST", "/policy/reload").statusCode()).isEqualTo(200);
            seen(f, "S9a RAA to the policy change", e -> !toBpcf(e) && !e.isRequest() && e.command() == 258);
            assertThat(f.bpcf.bpcf().reportUsage(UE_IP, 1_000, 9_000).toCompletableFuture().get()).isEqualTo(2001);
            DiameterMessage ccaT = exchange(f, f.ccr(gx, "TERMINATION_REQUEST", 1)
                    .add("Termination-Cause", "DIAMETER_LOGOUT").build());
            assertThat(resultCode(ccaT)).isEqualTo(2001);
            seen(f, "CCA-T of the BPCF's session", e -> toBpcf(e) && !e.isRequest() && cc(e, 3)
                    && sessionId(e).equals(s9a));

            assertThat(f.s9aGrammar.violations()).isEmpty();
            assertThat(f.gxGrammar.violations()).isEmpty();
            // PCRF: trigger, CCA-I, RAR, CCA-U, RAR (release), CCA-T; BPCF: answer, CCR-I, RAA, CCR-U, RAA, CCR-T
            assertThat(f.s9aGrammar.checked()).isGreaterThanOrEqualTo(12);
            // PCRF on Gx: CCA-I, RAR (the policy change), CCA-T
            Await.await("the Gx RAR checked", S9aWire.WAIT, () -> f.gxGrammar.checked() >= 3);
            assertThat(f.wire.events().stream().map(Ladder::name)).contains("RAR", "RAA", "CCR-U", "CCA-U");
        }
    }
}
