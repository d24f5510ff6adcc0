package io.pcrfd.it.rx;

import static io.pcrfd.it.rx.RxAf.resultCode;
import static io.pcrfd.it.rx.RxPcrf.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.TestPeer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rx end to end over TCP (TS 29.214 §4.4): an AF and a PCEF, both test peers, against the
 * running PCRF with {@code applications.rx: on}. The AF's media become a dynamic PCC rule that a
 * Gx RAR installs, and the AAA waits for the RAA; STR removes the rule; the end of the Gx session
 * aborts the AF session; failures and refusals come back with their codes.
 */
@Timeout(60)
class RxEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final int RAR = 258;
    private static final int ASR = 274;

    @TempDir
    Path dir;

    @Test
    void anAarBecomesAGxRarWithTheDerivedRuleAndTheAaaFollowsTheRaa() throws Exception {
        try (RxPcrf pcrf = RxPcrf.start(dir); TestPeer pgw = pcrf.pcef(); TestPeer af = pcrf.af()) {
            pgw.onRequest(m -> null); // the PCEF holds its RAA until the test sends it
            assertThat(resultCode(call(pgw, RxAf.ccrI("pgw;1", RxAf.GOLD_IMSI, "10.70.0.1", "ims")))).isEqualTo(2001);

            CompletableFuture<DiameterMessage> aaa = af.request(RxAf.aar("af;1", "10.70.0.1", "ims",
                    RxAf.media(1, "AUDIO", 38_000, 41_000, RxAf.VOICE_FLOWS)));
            DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == RAR, WAIT);

            assertThatThrownBy(() -> aaa.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            Avp def = rar.avp("Charging-Rule-Install").orElseThrow().child("Charging-Rule-Definition").orElseThrow();
            assertThat(RxAf.text(def.child("Charging-Rule-Name").orElseThrow())).isEqualTo("rx:af;1:1");
            assertThat(def.children("Flow-Information")).extracting(f -> f.child("Flow-Direction").orElseThrow().asInt())
                    .containsExactly(1, 2); // DOWNLINK, UPLINK
            assertThat(def.children("Flow-Information")).extracting(f -> f.child("Flow-Description").orElseThrow()
                    .asUtf8String()).containsExactly("permit out 17 from 198.51.100.7 49152 to 10.70.0.1 5000",
                    "permit out 17 from 198.51.100.7 49152 to 10.70.0.1 5000");
            Avp qos = def.child("QoS-Information").orElseThrow();
            assertThat(qos.child("QoS-Class-Identifier").orElseThrow().asInt()).isEqualTo(1);
            assertThat(qos.child("Guaranteed-Bitrate-DL").orElseThrow().asUnsigned32()).isEqualTo(41_000);
            assertThat(qos.child("Max-Requested-Bandwidth-UL").orElseThrow().asUnsigned32()).isEqualTo(38_000);

            pgw.send(pgw.answer(rar, 2001));
            assertThat(resultCode(aaa.get(5, TimeUnit.SECONDS))).isEqualTo(2001);
        }
    }

    @Test
    void anStrRemovesTheRuleByRar() {
        try (RxPcrf pcrf = RxPcrf.start(dir); TestPeer pgw = pcrf.pcef(); TestPeer af = pcrf.af()) {
            call(pgw, RxAf.ccrI("pgw;2", RxAf.GOLD_IMSI, "10.70.0.2", "ims"));
            assertThat(resultCode(call(af, RxAf.aar("af;2", "10.70.0.2", "ims",
                    RxAf.media(1, "AUDIO", 38_000, 38_000, List.of("permit out 17 from any to 10.70.0.2 5000"))))))
                    .isEqualTo(2001);

            DiameterMessage cca = call(pgw, RxAf.ccrU("pgw;2", 1));
            assertThat(resultCode(cca)).isEqualTo(2001);
            assertThat(cca.avp("Charging-Rule-Remove")).as("a CCR-U keeps the AF's rule").isEmpty();

            assertThat(resultCode(call(af, RxAf.str("af;2")))).isEqualTo(2001);

            DiameterMessage remove = pgw.awaitReceived(m -> m.commandCode() == RAR
                    && m.avp("Charging-Rule-Remove").isPresent(), WAIT);
            assertThat(remove.avp("Charging-Rule-Remove").orElseThrow().children("Charging-Rule-Name"))
                    .extracting(RxAf::text).containsExactly("rx:af;2:1");
            assertThat(resultCode(call(af, RxAf.str("af;2")))).as("the AF session is gone").isEqualTo(5002);
        }
    }

    @Test
    void theEndOfTheGxSessionAbortsTheAfSessionWhichThenSendsStr() {
        try (RxPcrf pcrf = RxPcrf.start(dir); TestPeer pgw = pcrf.pcef(); TestPeer af = pcrf.af()) {
            call(pgw, RxAf.ccrI("pgw;3", RxAf.GOLD_IMSI, "10.70.0.3", "ims"));
            call(af, RxAf.aar("af;3", "10.70.0.3", "ims", RxAf.media(1, "AUDIO", 38_000, 38_000, RxAf.VOICE_FLOWS)));

            assertThat(resultCode(call(pgw, RxAf.ccrT("pgw;3", 1)))).isEqualTo(2001);

            DiameterMessage asr = af.awaitReceived(m -> m.commandCode() == ASR, WAIT);
            assertThat(asr.sessionId()).contains("af;3");
            assertThat(asr.avp("Abort-Cause").orElseThrow().asInt()).isZero(); // BEARER_RELEASED
            assertThat(asr.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo(RxAf.AF_HOST);
            assertThat(resultCode(call(af, RxAf.str("af;3")))).isEqualTo(2001);
            assertFollowGrammar(af, pgw);
        }
    }

    @Test
    void aRuleThePcefCouldNotInstallIsReportedToTheSubscribedAf() {
        try (RxPcrf pcrf = RxPcrf.start(dir); TestPeer pgw = pcrf.pcef(); TestPeer af = pcrf.af()) {
            pgw.onRequest(rar -> MessageBuilder.answer(RxPcrf.DICT, rar).originHost(RxAf.PCEF_HOST)
                    .originRealm("epc.rx.example").experimentalResult(10415, 5142)
                    .addGrouped("Charging-Rule-Report", r -> r.add("Charging-Rule-Name", "rx:af;4:1".getBytes())
                            .add("PCC-Rule-Status", "INACTIVE").add("Rule-Failure-Code", 10)).build());
            call(pgw, RxAf.ccrI("pgw;4", RxAf.GOLD_IMSI, "10.70.0.4", "ims"));

            DiameterMessage aaa = call(af, RxAf.aar("af;4", "10.70.0.4", "ims", RxAf.media(1, "VIDEO", 800_000,
                    800_000, RxAf.VOICE_FLOWS).andThen(b -> b.add("Specific-Action",
                    "INDICATION_OF_FAILED_RESOURCES_ALLOCATION"))));

            assertThat(resultCode(aaa)).isEqualTo(2001);
            DiameterMessage report = af.awaitReceived(m -> m.commandCode() == RAR, WAIT);
            assertThat(report.avps("Specific-Action")).extracting(Avp::asInt).containsExactly(9);
            assertFollowGrammar(af, pgw);
        }
    }

    @Test
    void aFailureTheGatewayReportsLaterInACcrUIsReportedToo() {
        try (RxPcrf pcrf = RxPcrf.start(dir); TestPeer pgw = pcrf.pcef(); TestPeer af = pcrf.af()) {
            call(pgw, RxAf.ccrI("pgw;5", RxAf.GOLD_IMSI, "10.70.0.5", "ims"));
            call(af, RxAf.aar("af;5", "10.70.0.5", "ims", RxAf.media(1, "AUDIO", 38_000, 38_000, RxAf.VOICE_FLOWS)
                    .andThen(b -> b.add("Specific-Action", "INDICATION_OF_FAILED_RESOURCES_ALLOCATION"))));

            assertThat(resultCode(call(pgw, RxAf.ccrUFailed("pgw;5", 1, "rx:af;5:1")))).isEqualTo(2001);

            DiameterMessage report = af.awaitReceived(m -> m.commandCode() == RAR, WAIT);
            assertThat(report.sessionId()).contains("af;5");
            assertThat(report.avps("Specific-Action")).extracting(Avp::asInt).containsExactly(9);
        }
    }

    @Test
    void videoTheBasicPlanRefusesOnImsIs5063WithTheMediaComponentInFailedAvp() {
        try (RxPcrf pcrf = RxPcrf.start(dir); TestPeer pgw = pcrf.pcef(); TestPeer af = pcrf.af()) {
            call(pgw, RxAf.ccrI("pgw;6", RxAf.BASIC_IMSI, "10.70.0.6", "ims"));

            DiameterMessage aaa = call(af, RxAf.aar("af;6", "10.70.0.6", "ims",
                    RxAf.media(1, "AUDIO", 38_000, 38_000, RxAf.VOICE_FLOWS)
                            .andThen(RxAf.media(2, "VIDEO", 800_000, 800_000, RxAf.VOICE_FLOWS))));

            assertThat(resultCode(aaa)).isEqualTo(5063);
            assertThat(aaa.avp("Experimental-Result").orElseThrow().child("Vendor-Id").orElseThrow().asUnsigned32())
                    .isEqualTo(10415);
            Avp failed = aaa.avp("Failed-AVP").orElseThrow().child("Media-Component-Description").orElseThrow();
            assertThat(failed.child("Media-Component-Number").orElseThrow().asUnsigned32()).isEqualTo(2);
            assertThat(pgw.received()).noneMatch(m -> m.commandCode() == RAR);
            assertThat(resultCode(call(af, RxAf.aar("af;6", "10.70.0.6", "ims",
                    RxAf.media(1, "AUDIO", 38_000, 38_000, RxAf.VOICE_FLOWS))))).as("audio alone is fine")
                    .isEqualTo(2001);
        }
    }

    @Test
    void anAarForAUeWithoutGxSessionIs5065() {
        try (RxPcrf pcrf = RxPcrf.start(dir); TestPeer af = pcrf.af()) {
            DiameterMessage aaa = call(af, RxAf.aar("af;7", "10.70.0.7", "ims",
                    RxAf.media(1, "AUDIO", 38_000, 38_000, RxAf.VOICE_FLOWS)));

            assertThat(aaa.avp("Result-Code")).isEmpty();
            assertThat(resultCode(aaa)).isEqualTo(5065);
            assertThat(aaa.avp("Experimental-Result").orElseThrow().child("Vendor-Id").orElseThrow().asUnsigned32())
                    .isEqualTo(10415);
        }
    }

    @Test
    void badAarsGetTheirCodeAndFailedAvp() {
        try (RxPcrf pcrf = RxPcrf.start(dir); TestPeer pgw = pcrf.pcef(); TestPeer af = pcrf.af()) {
            call(pgw, RxAf.ccrI("pgw;8", RxAf.GOLD_IMSI, "10.70.0.8", "ims"));

            DiameterMessage noUe = call(af, RxAf.aar("af;8", null, "ims",
                    RxAf.media(1, "AUDIO", 38_000, 38_000, RxAf.VOICE_FLOWS)));
            DiameterMessage deny = call(af, RxAf.aar("af;9", "10.70.0.8", "ims",
                    RxAf.media(1, "AUDIO", 38_000, 38_000, List.of("deny out 17 from any to 10.70.0.8 5000"))));
            DiameterMessage noNumber = call(af, RxAf.aar("af;10", "10.70.0.8", "ims",
                    b -> b.addGrouped("Media-Component-Description", m -> m.add("Media-Type", "AUDIO"))));

            assertThat(resultCode(noUe)).isEqualTo(5005);
            assertThat(noUe.avp("Failed-AVP").orElseThrow().child("Framed-IP-Address")).isPresent();
            assertThat(resultCode(deny)).isEqualTo(5062);
            assertThat(deny.avp("Failed-AVP").orElseThrow().child("Flow-Description").orElseThrow().asUtf8String())
                    .startsWith("deny");
            assertThat(resultCode(noNumber)).isEqualTo(5005);
            assertThat(noNumber.avp("Failed-AVP")).isPresent();
            assertThat(pgw.received()).noneMatch(m -> m.commandCode() == RAR);
            assertFollowGrammar(af);
        }
    }

    /** Every message the PCRF sent these peers passes a strict receiver's checks (the .dia grammars). */
    private static void assertFollowGrammar(TestPeer... peers) {
        DiameterCodec codec = new DiameterCodec(RxPcrf.DICT);
        for (TestPeer p : peers) {
            assertThat(p.received()).allSatisfy(m -> assertThat(codec.validate(m))
                    .as("%d from the PCRF to %s", m.commandCode(), p.originHost()).isEmpty());
        }
    }
}
