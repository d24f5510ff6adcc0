package io.pcrfd.pcrf.policy;

import static io.pcrfd.pcrf.policy.Fixtures.GOLD_IMSI;
import static io.pcrfd.pcrf.policy.Fixtures.GOLD_MSISDN;
import static io.pcrfd.pcrf.policy.Fixtures.SILVER_IMSI;
import static io.pcrfd.pcrf.policy.Fixtures.WEDNESDAY_NOON;
import static io.pcrfd.pcrf.policy.Fixtures.accept;
import static io.pcrfd.pcrf.policy.Fixtures.after;
import static io.pcrfd.pcrf.policy.Fixtures.initial;
import static io.pcrfd.pcrf.policy.Fixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.config.Bitrate;
import io.pcrfd.pcrf.config.DataSize;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine on the sample policy: plans, subscribers, diffs, rejections, rule reports. */
class PolicyEngineTest {
    private final PolicyEngine engine = Fixtures.sampleEngine();

    private Decision decide(PolicyRequest r) {
        return engine.decide(input(engine, r, WEDNESDAY_NOON));
    }

    @Test
    void goldSubscriberGetsItsBaseNamesDynamicVideoRuleQosAndGrants() {
        Decision.Accept a = accept(decide(initial(GOLD_IMSI).build()));
        assertThat(a.rules().install()).extracting(PccRule::key).containsExactly("base:gold-services", "video");
        assertThat(a.rules().remove()).isEmpty();
        PccRule.Dynamic video = (PccRule.Dynamic) a.rules().install().get(1);
        ChargingRuleDefinition d = video.definition();
        assertThat(d.qci()).isEqualTo(2);
        assertThat(d.gbr()).isEqualTo(BitratePair.of(512_000, 4_000_000));
        assertThat(d.mbr()).isEqualTo(BitratePair.of(1_000_000, 8_000_000));
        assertThat(d.arp()).isEqualTo(new Arp(4, Preemption.DISABLED, Preemption.ENABLED));
        assertThat(d.flows()).extracting(Flow::direction).containsExactly(FlowDirection.DOWNLINK, FlowDirection.UPLINK);
        assertThat(d.meteringMethod()).isEqualTo(MeteringMethod.VOLUME);
        assertThat(d.online()).isFalse();
        assertThat(d.offline()).isTrue();
        assertThat(d.monitoringKey()).isEqualTo("mk-video");
        assertThat(d.flowStatus()).isEqualTo(FlowStatus.ENABLED);
        assertThat(a.defaultQos()).isEqualTo(new BearerQos(8, new Arp(5, Preemption.ENABLED, Preemption.DISABLED)));
        assertThat(a.ambr()).isEqualTo(BitratePair.of(50_000_000, 300_000_000));
        assertThat(a.grants()).extracting(UsageGrant::key, g -> g.total().bytes(), UsageGrant::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mk1", 1_000_000_000L, MonitoringLevel.SESSION),
                org.assertj.core.groups.Tuple.tuple("mk-video", 500_000_000L, MonitoringLevel.RULE));
        assertThat(a.eventTriggers()).containsExactly(EventTrigger.USAGE_REPORT);
        assertThat(a.revalidationTime()).isNull();
    }

    @Test
    void subscriberFoundByMsisdnOnlyWhenTheIdIsTypedAsE164() {
        PolicyRequest byMsisdn = PolicyRequest.builder(CcRequestType.INITIAL).msisdn(GOLD_MSISDN).apn("internet").build();
        assertThat(engine.subscriber(byMsisdn)).map(Subscriber::plan).hasValue("gold");
        PolicyRequest msisdnTypedAsImsi = PolicyRequest.builder(CcRequestType.INITIAL).imsi(GOLD_MSISDN).apn("internet").build();
        assertThat(engine.subscriber(msisdnTypedAsImsi)).isEmpty();
        PolicyRequest imsiTypedAsMsisdn = PolicyRequest.builder(CcRequestType.INITIAL).msisdn(GOLD_IMSI).build();
        assertThat(engine.subscriber(imsiTypedAsMsisdn)).isEmpty();
    }

    @Test
    void imsiIsPreferredOverMsisdnWhenBothArePresent() {
        PolicyRequest both = PolicyRequest.builder(CcRequestType.INITIAL).msisdn(GOLD_MSISDN).imsi(SILVER_IMSI).build();
        assertThat(engine.subscriber(both)).map(Subscriber::id).hasValue(SILVER_IMSI);
    }

    @Test
    void unknownSubscriberGetsTheDefaultPlan() {
        Decision.Accept a = accept(decide(initial("001019999999999").build()));
        assertThat(a.ambr()).isEqualTo(BitratePair.of(10_000_000, 50_000_000));
        assertThat(a.defaultQos().qci()).isEqualTo(9);
        assertThat(a.revalidationTime()).isEqualTo(WEDNESDAY_NOON.plus(Duration.ofHours(1)));
        assertThat(a.eventTriggers()).containsExactlyInAnyOrder(EventTrigger.RAT_CHANGE, EventTrigger.IP_CAN_CHANGE,
                EventTrigger.REVALIDATION_TIMEOUT, EventTrigger.USAGE_REPORT);
    }

    @Test
    void unknownSubscriberIsRejectedWith5030WhenConfigured() {
        PolicyEngine strict = Fixtures.engine("""
                defaultPlan: p
                unknownSubscriber: {action: reject}
                plans: {p: {rules: []}}
                """);
        Decision d = strict.decide(input(strict, initial("001019999999999").build(), WEDNESDAY_NOON));
        assertThat(d).isEqualTo(new Decision.Reject(new ResultCode(0, 5030), "unknown subscriber", Optional.empty()));
        assertThat(((Decision.Reject) d).resultCode().isExperimental()).isFalse();
    }

    @Test
    void unknownSubscriberRejectionCodeIsConfigurable() {
        PolicyEngine strict = Fixtures.engine("""
                defaultPlan: p
                unknownSubscriber: {action: reject, experimentalResultCode: 5140}
                plans: {p: {rules: []}}
                """);
        Decision d = strict.decide(input(strict, initial("001019999999999").build(), WEDNESDAY_NOON));
        assertThat(((Decision.Reject) d).resultCode()).isEqualTo(new ResultCode(10415, 5140));
    }

    @Test
    void anUnchangedSessionGetsAnEmptyDiffAndNothingToSend() {
        Decision.Accept first = accept(decide(initial(GOLD_IMSI).build()));
        PolicyRequest update = initial(GOLD_IMSI).build().toBuilder(CcRequestType.UPDATE).build();
        Decision.Accept second = accept(engine.decide(input(engine, update, after(first), Map.of(), WEDNESDAY_NOON)));
        assertThat(second.rules()).isEqualTo(RuleDiff.EMPTY);
        assertThat(second.defaultQos()).isNull();
        assertThat(second.ambr()).isNull();
        assertThat(second.eventTriggers()).isNull();
        assertThat(second.grants()).isEmpty();
        assertThat(second.changesNothing()).isTrue();
        assertThat(second.target()).isEqualTo(first.target());
    }

    @Test
    void aChangedDynamicRuleIsReinstalledNotRemoved() {
        String yaml = """
                defaultPlan: p
                plans:
                  p:
                    rules:
                      - name: base
                        then:
                          dynamicRules:
                            - {name: video, flows: [{description: "permit out 17 from any to any"}], qci: 6}
                      - name: wlan
                        when: {access: [wlan]}
                        then:
                          dynamicRules:
                            - {name: video, flows: [{description: "permit out 17 from any to any"}], qci: 7}
                """;
        PolicyEngine e = Fixtures.engine(yaml);
        Decision.Accept onLte = accept(e.decide(input(e, initial(GOLD_IMSI).build(), WEDNESDAY_NOON)));
        PolicyRequest onWlan = initial(GOLD_IMSI).ratType(RatType.WLAN).build().toBuilder(CcRequestType.UPDATE).build();
        Decision.Accept moved = accept(e.decide(input(e, onWlan, after(onLte), Map.of(), WEDNESDAY_NOON)));
        assertThat(moved.rules().remove()).isEmpty();
        assertThat(moved.rules().install()).hasSize(1);
        assertThat(((PccRule.Dynamic) moved.rules().install().get(0)).definition().qci()).isEqualTo(7);
    }

    @Test
    void rulesNoLongerWantedAreRemovedAgainstWhatTheSessionHas() {
        Decision.Accept first = accept(decide(initial(GOLD_IMSI).build()));
        // 10 GB used: the throttle rule removes "video" and lowers the AMBR
        PolicyRequest update = PolicyRequest.builder(CcRequestType.UPDATE).imsi(GOLD_IMSI).apn("internet")
                .usageReport("mk1", UsedUnits.ofTotal(1_000_000_000)).build();
        Decision.Accept a = accept(engine.decide(input(engine, update, after(first),
                Map.of("mk1", UsedUnits.ofTotal(10_000_000_000L)), WEDNESDAY_NOON)));
        assertThat(a.rules().remove()).extracting(PccRule::key).containsExactly("video");
        assertThat(a.rules().install()).isEmpty();
        assertThat(a.ambr()).isEqualTo(BitratePair.of(5_000_000, 10_000_000));
        assertThat(a.stopMonitoring()).isEmpty();
    }

    @Test
    void roamingIsTheServingPlmnOutsideTheHomePlmns() {
        PolicyRequest imsAbroad = initial(SILVER_IMSI).apn("ims").servingMccMnc("310260").build();
        Decision.Reject rejected = (Decision.Reject) decide(imsAbroad);
        assertThat(rejected.resultCode()).isEqualTo(new ResultCode(10415, 5140));
        assertThat(rejected.reason()).isEqualTo("rule no-ims-roaming");
        // the basic plan's night window still applies to this subscriber: midnight may change the outcome
        assertThat(rejected.nextChange()).hasValue(java.time.Instant.parse("2026-11-19T00:00:00Z"));
        assertThat(decide(initial(SILVER_IMSI).apn("ims").build())).isInstanceOf(Decision.Accept.class);
        PolicyRequest noServingPlmn = PolicyRequest.builder(CcRequestType.INITIAL).imsi(SILVER_IMSI).apn("ims").build();
        assertThat(decide(noServingPlmn)).isInstanceOf(Decision.Accept.class);
    }

    @Test
    void apnPatternsAreGlobsAndCaseInsensitive() {
        assertThat(decide(initial(SILVER_IMSI).apn("IMS.mnc001.mcc001.gprs").servingMccMnc("310260").build()))
                .isInstanceOf(Decision.Reject.class);
        assertThat(decide(initial(SILVER_IMSI).apn("internet.ims").servingMccMnc("310260").build()))
                .isInstanceOf(Decision.Accept.class);
        assertThat(Glob.matches("a?c*", "abcdef")).isTrue();
        assertThat(Glob.matches("a?c", "ac")).isFalse();
        assertThat(Glob.matches("*", null)).isFalse();
    }

    @Test
    void wlanAccessInstallsTheOffloadRuleAndItsTrigger() {
        Decision.Accept a = accept(decide(initial(SILVER_IMSI).ratType(RatType.WLAN).ipCanType(IpCanType.NON_3GPP_EPS).build()));
        assertThat(a.rules().install()).extracting(PccRule::key).containsExactly("wlan-offload");
        assertThat(a.eventTriggers()).contains(EventTrigger.UE_LOCAL_IP_ADDRESS_CHANGE);
        Decision.Accept lte = accept(decide(initial(SILVER_IMSI).build()));
        assertThat(lte.rules().install()).isEmpty();
    }

    @Test
    void attributeConditionsTestTheSubscriberProfile() {
        String yaml = """
                defaultPlan: p
                subscribers:
                  "001010000000001": {plan: p, attributes: {tier: gold}}
                  "001010000000002": {plan: p, attributes: {tier: silver}}
                plans:
                  p:
                    rules:
                      - name: gold
                        when: {attributes: {tier: {equals: gold}}}
                        then: {install: [gold]}
                      - name: paying
                        when: {attributes: {tier: {in: [gold, silver]}}}
                        then: {install: [paying]}
                """;
        PolicyEngine e = Fixtures.engine(yaml);
        assertThat(installed(e, GOLD_IMSI)).containsExactly("gold", "paying");
        assertThat(installed(e, SILVER_IMSI)).containsExactly("paying");
        assertThat(installed(e, "001019999999999")).isEmpty();
    }

    @Test
    void ratAndIpCanConditionsAcceptNamesAndNumbers() {
        String yaml = """
                defaultPlan: p
                plans:
                  p:
                    rules:
                      - {name: nr, when: {rat: [NR, 1004]}, then: {install: [fast]}}
                      - {name: eps, when: {ipCanType: [3GPP-EPS]}, then: {install: [eps]}}
                      - {name: fixed, when: {access: [fixed]}, then: {install: [fixed]}}
                """;
        PolicyEngine e = Fixtures.engine(yaml);
        assertThat(installed(e, initial(GOLD_IMSI).build())).containsExactly("fast", "eps");
        assertThat(installed(e, initial(GOLD_IMSI).ratType(RatType.UTRAN).ipCanType(IpCanType.THREE_GPP_GPRS).build()))
                .isEmpty();
        assertThat(installed(e, initial(GOLD_IMSI).ratType(RatType.WIRELINE_BBF).ipCanType(IpCanType.FBA).build()))
                .containsExactly("fixed");
        assertThat(installed(e, PolicyRequest.builder(CcRequestType.INITIAL).imsi(GOLD_IMSI).build())).isEmpty();
    }

    @Test
    void aRejectRuleEndsTheEvaluationAndStopSkipsLaterRules() {
        String yaml = """
                defaultPlan: p
                plans:
                  p:
                    rules:
                      - {name: one, then: {install: [a]}}
                      - {name: only-internet, when: {apn: [internet]}, then: {install: [b]}, stop: true}
                      - {name: never-after-stop, then: {install: [c]}}
                      - {name: blocked, when: {apn: [blocked]}, then: {reject: {resultCode: 5003}}}
                """;
        PolicyEngine e = Fixtures.engine(yaml);
        assertThat(installed(e, initial(GOLD_IMSI).build())).containsExactly("a", "b");
        Decision blocked = e.decide(input(e, initial(GOLD_IMSI).apn("blocked").build(), WEDNESDAY_NOON));
        assertThat(blocked).isEqualTo(new Decision.Reject(new ResultCode(0, 5003), "rule blocked", Optional.empty()));
    }

    @Test
    void aRuleReportedFailedIsNotOfferedAgainWhileThePolicyWantsIt() {
        Decision.Accept first = accept(decide(initial(GOLD_IMSI).build()));
        PolicyRequest report = PolicyRequest.builder(CcRequestType.UPDATE).imsi(GOLD_IMSI).apn("internet")
                .ruleReport(new RuleReport(List.of("video"), List.of(), RuleReport.INACTIVE, 5)).build();
        Decision.Accept a = accept(engine.decide(input(engine, report, after(first), Map.of(), WEDNESDAY_NOON)));
        assertThat(a.failedRules()).containsExactly("video");
        assertThat(a.rules().install()).isEmpty();
        assertThat(a.rules().remove()).isEmpty();
        assertThat(a.target().rules()).doesNotContainKey("video");
        Decision.Accept later = accept(engine.decide(input(engine,
                PolicyRequest.builder(CcRequestType.UPDATE).imsi(GOLD_IMSI).apn("internet").build(), after(a), Map.of(),
                WEDNESDAY_NOON)));
        assertThat(later.rules().isEmpty()).isTrue();
        assertThat(later.failedRules()).containsExactly("video");
    }

    @Test
    void aTemporarilyInactiveRuleIsStillInstalled() {
        Decision.Accept first = accept(decide(initial(GOLD_IMSI).build()));
        PolicyRequest report = PolicyRequest.builder(CcRequestType.UPDATE).imsi(GOLD_IMSI).apn("internet")
                .ruleReport(new RuleReport(List.of("video"), List.of(), RuleReport.TEMPORARILY_INACTIVE, null)).build();
        Decision.Accept a = accept(engine.decide(input(engine, report, after(first), Map.of(), WEDNESDAY_NOON)));
        assertThat(a.failedRules()).isEmpty();
        assertThat(a.target().rules()).containsKey("video");
        assertThat(a.rules().isEmpty()).isTrue();
    }

    @Test
    void terminationDecidesNothing() {
        Decision.Accept first = accept(decide(initial(GOLD_IMSI).build()));
        PolicyRequest t = PolicyRequest.builder(CcRequestType.TERMINATION).imsi(GOLD_IMSI)
                .usageReport("mk1", UsedUnits.ofTotal(5)).build();
        Decision.Accept a = accept(engine.decide(input(engine, t, after(first), Map.of(), WEDNESDAY_NOON)));
        assertThat(a.changesNothing()).isTrue();
        assertThat(a.grants()).isEmpty();
        assertThat(a.nextChange()).isEmpty();
    }

    @Test
    void monitoringKeysNoLongerWantedAreStopped() {
        String yaml = """
                defaultPlan: p
                plans:
                  p:
                    rules:
                      - {name: lte, when: {access: [3gpp]}, then: {usageMonitoring: [{key: mk1, total: 1MB}]}}
                """;
        PolicyEngine e = Fixtures.engine(yaml);
        Decision.Accept lte = accept(e.decide(input(e, initial(GOLD_IMSI).build(), WEDNESDAY_NOON)));
        assertThat(lte.grants()).extracting(UsageGrant::key).containsExactly("mk1");
        PolicyRequest wlan = initial(GOLD_IMSI).ratType(RatType.WLAN).build().toBuilder(CcRequestType.UPDATE).build();
        Decision.Accept a = accept(e.decide(input(e, wlan, after(lte), Map.of(), WEDNESDAY_NOON)));
        assertThat(a.stopMonitoring()).containsExactly("mk1");
        assertThat(a.grants()).isEmpty();
        assertThat(a.eventTriggers()).isEmpty();
    }

    @Test
    void laterRulesReplaceSingleValuesAndRemoveWhatEarlierRulesAdded() {
        String yaml = """
                defaultPlan: p
                plans:
                  p:
                    rules:
                      - name: base
                        then:
                          install: [a, b]
                          installBases: [base1]
                          ambr: {uplink: 1Mbps, downlink: 2Mbps}
                          usageMonitoring: [{key: k, total: 10MB}]
                      - name: refine
                        then:
                          remove: [a]
                          removeBases: [base1]
                          ambr: {uplink: 3Mbps, downlink: 4Mbps}
                          usageMonitoring: [{key: k, total: 20MB}]
                """;
        PolicyEngine e = Fixtures.engine(yaml);
        Decision.Accept a = accept(e.decide(input(e, initial(GOLD_IMSI).build(), WEDNESDAY_NOON)));
        assertThat(a.target().rules().keySet()).containsExactly("b");
        assertThat(a.ambr()).isEqualTo(new BitratePair(Bitrate.ofBps(3_000_000), Bitrate.ofBps(4_000_000)));
        assertThat(a.grants()).containsExactly(new UsageGrant("k", DataSize.ofBytes(20_000_000), null, null, null,
                MonitoringLevel.SESSION));
    }

    private List<String> installed(PolicyEngine e, String imsi) {
        return installed(e, initial(imsi).build());
    }

    private List<String> installed(PolicyEngine e, PolicyRequest r) {
        return accept(e.decide(input(e, r, WEDNESDAY_NOON))).rules().install().stream().map(PccRule::key).toList();
    }
}
