package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.cc;
import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static io.pcrfd.it.establishment.S9aWire.seen;
import static io.pcrfd.it.establishment.S9aWire.sessionId;
import static io.pcrfd.it.establishment.S9aWire.toBpcf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.bpcf.Octets;
import io.pcrfd.bpcf.UsageTarget;
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
 * CCA-I/U/T and RAR, the trigger in each encoding and mode, TEA/CCA/AAA, the BPCF's CCR-I/U/T
 * (its CCR-U with usage: Usage-Monitoring-Information, M clear, admitted by S9a's {@code *[AVP]}),
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
            assertThat(f.bpcf.bpcf().reportUsage(new UsageTarget(UsageTarget.Kind.SESSION, s9a), "mk1",
                    Octets.of(4_000L, null, null), false).toCompletableFuture().get().resultCode()).isEqualTo(2001);
            seen(f, "the usage CCR-U", e -> !toBpcf(e) && e.isRequest() && cc(e, 2)
                    && e.message().avp("Usage-Monitoring-Information").flatMap(u -> u.child("Monitoring-Key"))
                    .map(k -> k.asUtf8String().equals("mk1")).orElse(false));
            DiameterMessage ccaT = exchange(f, f.ccr(gx, "TERMINATION_REQUEST", 1)
                    .add("Termination-Cause", "DIAMETER_LOGOUT").build());
            assertThat(resultCode(ccaT)).isEqualTo(2001);
            seen(f, "CCA-T of the BPCF's session", e -> toBpcf(e) && !e.isRequest() && cc(e, 3)
                    && sessionId(e).equals(s9a));

            assertThat(f.s9aGrammar.violations()).isEmpty();
            assertThat(f.gxGrammar.violations()).isEmpty();
            // PCRF: trigger, CCA-I, RAR, 2 CCA-U, RAR (release), CCA-T; BPCF: answer, CCR-I, RAA, 2 CCR-U
            // with Usage-Monitoring-Information, RAA, CCR-T
            assertThat(f.s9aGrammar.checked()).isGreaterThanOrEqualTo(14);
            // PCRF on Gx: CCA-I, RAR (the policy change), CCA-T
            Await.await("the Gx RAR checked", S9aWire.WAIT, () -> f.gxGrammar.checked() >= 3);
            assertThat(f.wire.events().stream().map(Ladder::name)).contains("RAR", "RAA", "CCR-U", "CCA-U");
        }
    }
}
