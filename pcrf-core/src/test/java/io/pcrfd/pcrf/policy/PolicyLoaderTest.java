package io.pcrfd.pcrf.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.pcrf.config.ConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy file is read as strictly as the node configuration. */
class PolicyLoaderTest {

    @Test
    void theSamplePolicyLoads() {
        Policy p = PolicyLoader.load(Fixtures.SAMPLE_POLICY);
        assertThat(p.plans()).containsOnlyKeys("basic", "gold");
        assertThat(p.defaultPlan()).isEqualTo("basic");
        assertThat(p.subscribers()).hasSize(3);
        assertThat(p.plans().get("basic").thresholds("mk1")).containsExactly(1_000_000_000L);
        assertThat(p.plans().get("gold").monitoringKeys()).containsExactly("mk1", "mk-video");
        assertThat(p.planFor(java.util.Optional.empty())).isSameAs(p.plans().get("basic"));
        assertThat(p.unknownSubscriber().toResultCode()).isEqualTo(ResultCode.USER_UNKNOWN);
    }

    @Test
    void theEmbeddedDefaultPolicyLoadsAndGivesABestEffortBearer() {
        Policy p = PolicyLoader.load(null);
        PolicyEngine e = new PolicyEngine(p, java.util.Set.of());
        Decision.Accept a = Fixtures.accept(e.decide(Fixtures.input(e, Fixtures.initial("001010000000009").build(),
                Fixtures.WEDNESDAY_NOON)));
        assertThat(a.defaultQos()).isEqualTo(new BearerQos(9, new Arp(8, Preemption.DISABLED, Preemption.ENABLED)));
        assertThat(a.rules().isEmpty()).isTrue();
    }

    @Test
    void aMissingPolicyFileIsOneLine() {
        Path missing = Path.of("target", "no-such-policy.yaml");
        assertThatThrownBy(() -> PolicyLoader.load(missing)).isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": cannot read the policy file: no such file");
    }

    private static final String HEAD = "defaultPlan: p\nplans:\n  p:\n    rules:\n      - ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{name: r, when: {apnn: [x]}}|test.yaml: plans.p.rules[0].when.apnn: unknown key 'apnn', did you mean 'apn'?",
        "{name: r, when: {time: ['8:00-18:00']}}|test.yaml: plans.p.rules[0].when.time[0]: expected a window like 08:00-18:00, got '8:00-18:00'",
        "{name: r, when: {time: ['08:00-08:00']}}|test.yaml: plans.p.rules[0].when.time[0]: a window from 08:00 to 08:00 is empty",
        "{name: r, when: {days: [MON-FUN]}}|test.yaml: plans.p.rules[0].when.days[0]: expected a day like MON or a range like MON-FRI, got 'MON-FUN'",
        "{name: r, when: {rat: [LTE]}}|test.yaml: plans.p.rules[0].when.rat[0]: unknown RAT-Type 'LTE' (use a name such as [CDMA2000_1X, EHRPD, EUTRAN, EUTRAN(GEO)] or the number)",
        "{name: r, when: {access: [satellite]}}|test.yaml: plans.p.rules[0].when.access[0]: expected one of 3gpp, wlan, fixed, got 'satellite'",
        "{name: r, when: {usage: {key: mk1}}}|test.yaml: plans.p.rules[0].when.usage.atLeast: a usage condition needs atLeast or below",
        "{name: r, when: {attributes: {tier: {}}}}|test.yaml: plans.p.rules[0].when.attributes.tier: needs equals or in",
        "{name: r, then: {defaultQos: {qci: 1, arp: {priority: 1}}}}|test.yaml: plans.p.rules[0].then.defaultQos.qci: the default bearer needs a non-GBR QCI (TS 29.212 §5.3.48), got 1",
        "{name: r, then: {defaultQos: {qci: 9, arp: {priority: 16}}}}|test.yaml: plans.p.rules[0].then.defaultQos.arp.priority: Priority-Level is 1-15, got 16",
        "{name: r, then: {defaultQos: {qci: 9}}}|test.yaml: plans.p.rules[0].then.defaultQos.arp: missing required key",
        "{name: r, then: {dynamicRules: [{name: v, flows: []}]}}|test.yaml: plans.p.rules[0].then.dynamicRules[0].flows: a dynamic rule needs at least one flow",
        "{name: r, then: {dynamicRules: [{name: v, flows: [{description: 'allow all'}]}]}}|test.yaml: plans.p.rules[0].then.dynamicRules[0].flows[0].description: expected an IPFilterRule like 'permit out 17 from any to 10.0.0.0/8 5000', got 'allow all'",
        "{name: r, then: {dynamicRules: [{name: v, flows: [{description: 'permit out ip from any to any'}], qci: 9, gbr: {uplink: 1Mbps, downlink: 1Mbps}}]}}|test.yaml: plans.p.rules[0].then.dynamicRules[0].gbr: a guaranteed bit rate needs a GBR QCI (1-4, 65-67, 71-76, 82-85), got QCI 9",
        "{name: r, then: {dynamicRules: [{name: v, flows: [{description: 'permit out ip from any to any'}], mbr: {uplink: 1Mbps, downlink: 1Mbps}}]}}|test.yaml: plans.p.rules[0].then.dynamicRules[0].qci: required when arp, mbr or gbr is given (it heads QoS-Information)",
        "{name: r, then: {ambr: {uplink: fast, downlink: 1Mbps}}}|test.yaml: plans.p.rules[0].then.ambr.uplink: expected a bit rate like 64000, 512kbps, 10Mbps or 1Gbps, got 'fast'",
        "{name: r, then: {usageMonitoring: [{key: mk1}]}}|test.yaml: plans.p.rules[0].then.usageMonitoring[0].total: a grant needs at least one of total, input, output or time",
        "{name: r, then: {usageMonitoring: [{key: mk1, total: 1GB, level: rule}]}}|test.yaml: plans.p.rules[0].then.usageMonitoring: rule-level key 'mk1' is not the monitoringKey of any dynamic rule of this plan",
        "{name: r, then: {eventTriggers: [USAGE_REPORTS]}}|test.yaml: plans.p.rules[0].then.eventTriggers[0]: unknown Event-Trigger 'USAGE_REPORTS' (use a name such as [3GPP_PS_DATA_OFF_CHANGE, ACCESS_NETWORK_INFO_REPORT, ADDITION_OF_ACCESS, AN_GW_CHANGE] or the number)",
        "{name: r, then: {reject: {resultCode: 2001}}}|test.yaml: plans.p.rules[0].then.reject.resultCode: a rejection is a 3xxx, 4xxx or 5xxx code, got 2001",
        "{when: {apn: [x]}}|test.yaml: plans.p.rules[0].name: missing required key",
    })
    void mistakesAreNamedWithTheFileAndThePath(String rule, String message) {
        assertThatThrownBy(() -> PolicyLoader.parse(HEAD + rule + "\n", "test.yaml"))
                .isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void crossReferencesAreChecked() {
        assertThatThrownBy(() -> PolicyLoader.parse("defaultPlan: gold\nplans: {basic: {rules: []}}\n", "test.yaml"))
                .hasMessage("test.yaml: defaultPlan: no plan named 'gold' in plans");
        assertThatThrownBy(() -> PolicyLoader.parse("""
                defaultPlan: basic
                subscribers: {"001010000000001": {plan: platinum}}
                plans: {basic: {rules: []}}
                """, "test.yaml"))
                .hasMessage("test.yaml: subscribers.001010000000001.plan: no plan named 'platinum' in plans");
        assertThatThrownBy(() -> PolicyLoader.parse("defaultPlan: basic\nplans: {basic: {rules: []}}\nunknownSubscriber: {action: drop}\n",
                "test.yaml")).hasMessage("test.yaml: unknownSubscriber.action: expected one of default-plan, reject, got 'drop'");
    }
}
