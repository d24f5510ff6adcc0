package io.pcrfd.pcrf.policy;

import static io.pcrfd.pcrf.policy.Fixtures.UTC;
import static io.pcrfd.pcrf.policy.Fixtures.WEDNESDAY_NOON;
import static io.pcrfd.pcrf.policy.Fixtures.accept;
import static io.pcrfd.pcrf.policy.Fixtures.initial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.pcrf.config.ConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sy policy counter conditions (TS 29.219 §5.3.2), the counters a situation needs, shared quotas. */
class CounterConditionTest {
    private static final String POLICY = """
            defaultPlan: capped
            subscribers:
              "001010000000001": {plan: capped}
            sharedQuotas:
              family:
                owner: "001010000000009"
                members: ["001010000000001", "msisdn:15550000007"]
            plans:
              capped:
                rules:
                  - name: base
                    then: {ambr: {uplink: 10Mbps, downlink: 50Mbps}, install: [video]}
                  - name: cap
                    when: {counter: {id: data-cap, status: [exhausted]}}
                    then: {ambr: {uplink: 512kbps, downlink: 1Mbps}}
                  - name: video-cap
                    when: {apn: [video], counter: {id: video-cap, status: [exhausted, blocked]}}
                    then: {remove: [video]}
            """;
    private final PolicyEngine engine = Fixtures.engine(POLICY);

    private Decision.Accept decide(PolicyRequest r, Map<String, String> statuses) {
        Situation s = new Situation(PolicySession.NEW, r.context(), engine.subscriber(r), Map.of(), List.of(),
                statuses, List.of(), WEDNESDAY_NOON, UTC);
        return accept(engine.decide(s, PolicyEvent.gx(r)));
    }

    private Situation situation(PolicyRequest r) {
        return Situation.of(PolicySession.NEW, r.context(), engine.subscriber(r), Map.of(), WEDNESDAY_NOON, UTC);
    }

    @Test
    void aRuleOnACounterAppliesOnlyForTheListedStatuses() {
        PolicyRequest r = initial("001010000000001").build();
        assertThat(decide(r, Map.of("data-cap", "normal")).ambr()).isEqualTo(BitratePair.of(10_000_000, 50_000_000));
        assertThat(decide(r, Map.of("data-cap", "exhausted")).ambr()).isEqualTo(BitratePair.of(512_000, 1_000_000));
        assertThat(decide(r, Map.of()).ambr()).as("no status: the condition does not hold")
                .isEqualTo(BitratePair.of(10_000_000, 50_000_000));
    }

    @Test
    void theCountersNeededAreThoseOfRulesWhoseOtherConditionsHold() {
        assertThat(engine.countersNeeded(situation(initial("001010000000001").build()))).containsExactly("data-cap");
        PolicyRequest video = initial("001010000000001").apn("video").build();
        assertThat(engine.countersNeeded(situation(video))).containsExactly("data-cap", "video-cap");
        assertThat(decide(video, Map.of("video-cap", "blocked")).target().rules()).doesNotContainKey("video");
        assertThat(decide(video, Map.of("video-cap", "normal")).target().rules()).containsKey("video");
    }

    @Test
    void aPlanWithoutCounterConditionsNeedsNoCounter() {
        PolicyEngine sample = Fixtures.sampleEngine();
        PolicyRequest r = initial(Fixtures.GOLD_IMSI).build();
        assertThat(sample.countersNeeded(Situation.of(PolicySession.NEW, r.context(), sample.subscriber(r), Map.of(),
                WEDNESDAY_NOON, UTC))).isEmpty();
    }

    @Test
    void aMembersCountersAreItsQuotaOwners() {
        assertThat(engine.counterOwner(initial("001010000000001").build().context())).hasValue("imsi:001010000000009");
        assertThat(engine.counterOwner(PolicyRequest.builder(CcRequestType.INITIAL).msisdn("15550000007").build()
                .context())).hasValue("imsi:001010000000009");
        assertThat(engine.counterOwner(initial("001010000000005").build().context())).hasValue("imsi:001010000000005");
        assertThat(engine.quotaMembers("imsi:001010000000009"))
                .containsExactly("imsi:001010000000001", "msisdn:15550000007");
        assertThat(Policy.subscriptionIdOf("msisdn:15550000007")).isEqualTo(SubscriptionId.msisdn("15550000007"));
    }

    @Test
    void badCounterConditionsAndQuotasAreOneLineWithTheKeyPath() {
        assertThatThrownBy(() -> Fixtures.engine(POLICY.replace("status: [exhausted]}", "status: []}")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("plans.capped.rules[1].when.counter.status");
        assertThatThrownBy(() -> Fixtures.engine(POLICY.replace("owner: \"001010000000009\"", "owner: \"001010000000001\"")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("sharedQuotas.family.owner")
                .hasMessageContaining("member of shared quota 'family'");
        assertThatThrownBy(() -> Fixtures.engine(POLICY.replace("\"msisdn:15550000007\"]", "\"bob\"]")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("sharedQuotas.family.members");
    }
}
