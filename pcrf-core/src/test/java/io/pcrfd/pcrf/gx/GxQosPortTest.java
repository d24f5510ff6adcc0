package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort.RejectedQosRule;
import io.pcrfd.store.model.IpCanSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Gx side of S9a: the installed policy is what the PCEF accepted, and QoS rules the BPCF
 * rejected are removed from the PCEF by RAR (KEEP_OUT) or only recorded (RETRY).
 */
class GxQosPortTest {
    private static final String SESSION = "pgw1;30;gold";

    @Test
    void theInstalledPolicyIsWhatTheCcaInstalled() {
        try (GxHarness h = new GxHarness()) {
            h.call(h.pcef.initial(SESSION, Pcef.GOLD_IMSI, "10.0.4.1").build());

            assertThat(join(h.app.policyPort().installedPolicy(stored(h))).rules().keySet())
                    .contains("video", "internet");
        }
    }

    @Test
    void aRejectedQosRuleIsRemovedFromThePcefByRarAndKeptOut() {
        try (GxHarness h = new GxHarness()) {
            h.call(h.pcef.initial(SESSION, Pcef.GOLD_IMSI, "10.0.4.2").build());
            GxPolicyPort port = h.app.policyPort();

            join(port.qosRulesRejected(stored(h), List.of(new RejectedQosRule("video", 13),
                    new RejectedQosRule("not-installed", 13))));

            assertThat(h.rars).hasSize(1);
            DiameterMessage rar = h.onTheWire(h.rars.get(0));
            assertThat(rar.commandCode()).isEqualTo(258);
            assertThat(removed(rar)).containsExactly("video");
            assertThat(stored(h).pccRules()).doesNotContain("video").contains("internet");
            GxSessionState state = SessionRecords.state(stored(h));
            assertThat(state.failedRules()).containsExactly("video");
            assertThat(state.ruleFailures()).containsEntry("video", 13);

            join(h.app.pusher().push(SESSION, GxPolicyPusher.Reason.OPERATOR));
            assertThat(h.onTheWire(h.rars.get(1)).avp("Charging-Rule-Install")).as("not offered again").isEmpty();
        }
    }

    @Test
    void underRetryTheFailureIsRecordedAndThePcefKeepsTheRule() {
        try (GxHarness h = new GxHarness(GxSettings.defaults()
                .withRuleFailureHandling(GxSettings.RuleFailureHandling.RETRY))) {
            h.call(h.pcef.initial(SESSION, Pcef.GOLD_IMSI, "10.0.4.3").build());

            join(h.app.policyPort().qosRulesRejected(stored(h), List.of(new RejectedQosRule("video", 13))));

            assertThat(h.rars).isEmpty();
            assertThat(stored(h).pccRules()).contains("video");
            GxSessionState state = SessionRecords.state(stored(h));
            assertThat(state.failedRules()).isEmpty();
            assertThat(state.ruleFailures()).containsEntry("video", 13);
        }
    }

    private static IpCanSession stored(GxHarness h) {
        return join(h.store.sessions().get(SESSION)).orElseThrow();
    }

    private static List<String> removed(DiameterMessage rar) {
        return rar.avps("Charging-Rule-Remove").stream().flatMap(r -> r.children("Charging-Rule-Name").stream())
                .map(Avp::asOctetString).map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }
}
