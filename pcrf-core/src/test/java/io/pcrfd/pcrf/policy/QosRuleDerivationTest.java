package io.pcrfd.pcrf.policy;

import static io.pcrfd.pcrf.policy.Fixtures.GOLD_IMSI;
import static io.pcrfd.pcrf.policy.Fixtures.WEDNESDAY_NOON;
import static io.pcrfd.pcrf.policy.Fixtures.accept;
import static io.pcrfd.pcrf.policy.Fixtures.initial;
import static io.pcrfd.pcrf.policy.Fixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** QoS rules for the BPCF derived from the Gx decision. */
class QosRuleDerivationTest {
    private final PolicyEngine engine = Fixtures.sampleEngine();

    @Test
    void eachDynamicRuleWithQosBecomesAQosRuleOfTheSameName() {
        PolicyState gx = accept(engine.decide(input(engine, initial(GOLD_IMSI).build(), WEDNESDAY_NOON))).target();
        List<QosRuleDerivation.QosRule> rules = QosRuleDerivation.derive(gx);
        assertThat(rules).hasSize(1);
        QosRuleDerivation.QosRule video = rules.get(0);
        assertThat(video.name()).isEqualTo("video");
        assertThat(video.qci()).isEqualTo(2);
        assertThat(video.mbr()).isEqualTo(BitratePair.of(1_000_000, 8_000_000));
        assertThat(video.gbr()).isEqualTo(BitratePair.of(512_000, 4_000_000));
        assertThat(video.precedence()).isEqualTo(100L);
        assertThat(video.flows()).hasSize(2);
        assertThat(video.arp().priority()).isEqualTo(4);
    }

    @Test
    void predefinedRulesAndRulesWithoutQosAreNotSentToTheBpcf() {
        Flow any = new Flow("permit out ip from any to any", FlowDirection.BIDIRECTIONAL);
        ChargingRuleDefinition noQos = new ChargingRuleDefinition("charging-only", List.of(any), null, null, null,
                null, null, 7L, null, null, null, null, null);
        PolicyState s = new PolicyState(Map.of("p", new PccRule.Predefined("p"), "charging-only", new PccRule.Dynamic(noQos)),
                null, null, Map.of(), new java.util.TreeSet<>(), null);
        assertThat(QosRuleDerivation.derive(s)).isEmpty();
    }

    @Test
    void theDiffInstallsChangedRulesAndRemovesVanishedOnes() {
        Flow any = new Flow("permit out ip from any to any", null);
        PolicyState before = state(rule("a", 6, any), rule("b", 7, any));
        PolicyState after = state(rule("a", 6, any), rule("b", 8, any), rule("c", 9, any));
        QosRuleDerivation.QosRuleDiff diff = QosRuleDerivation.diff(before, after);
        assertThat(diff.install()).extracting(QosRuleDerivation.QosRule::name).containsExactly("b", "c");
        assertThat(diff.remove()).isEmpty();
        QosRuleDerivation.QosRuleDiff back = QosRuleDerivation.diff(after, before);
        assertThat(back.remove()).containsExactly("c");
        assertThat(QosRuleDerivation.diff(before, before).isEmpty()).isTrue();
    }

    private static PccRule rule(String name, int qci, Flow flow) {
        return new PccRule.Dynamic(new ChargingRuleDefinition(name, List.of(flow), qci, null, null, null, null, null,
                null, null, null, null, null));
    }

    private static PolicyState state(PccRule... rules) {
        Map<String, PccRule> m = new java.util.LinkedHashMap<>();
        for (PccRule r : rules) {
            m.put(r.key(), r);
        }
        return new PolicyState(m, null, null, Map.of(), new java.util.TreeSet<>(), null);
    }
}
