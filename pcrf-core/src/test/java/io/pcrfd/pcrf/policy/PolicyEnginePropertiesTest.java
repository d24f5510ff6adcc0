package io.pcrfd.pcrf.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Properties of the engine over generated requests, times and usage on the sample policy (300 tries each). */
class PolicyEnginePropertiesTest {
    private static final PolicyEngine ENGINE = Fixtures.sampleEngine();
    private static final List<RatType> RATS = List.of(RatType.EUTRAN, RatType.NR, RatType.WLAN, RatType.UTRAN,
            RatType.WIRELINE_BBF, new RatType(4242));
    private static final List<String> SUBSCRIBERS = List.of(Fixtures.GOLD_IMSI, Fixtures.SILVER_IMSI, "001019999999999");

    @Provide
    Arbitrary<PolicyRequest> requests() {
        return Combinators.combine(Arbitraries.of(SUBSCRIBERS), Arbitraries.of(RATS),
                Arbitraries.of("internet", "ims", "IMS.mnc001", "corp"), Arbitraries.of("00101", "310260", "20801"))
                .as((imsi, rat, apn, plmn) -> PolicyRequest.builder(CcRequestType.INITIAL).imsi(imsi).ratType(rat)
                        .apn(apn).servingMccMnc(plmn).build());
    }

    private static PolicyInput input(PolicyRequest r, PolicySession s, long mk1, long epochSecond) {
        return new PolicyInput(s, r, ENGINE.subscriber(r), Map.of("mk1", UsedUnits.ofTotal(mk1)),
                Instant.ofEpochSecond(epochSecond), Fixtures.UTC);
    }

    @Property(tries = 300)
    void decisionsAreDeterministic(@ForAll("requests") PolicyRequest r, @ForAll @LongRange(max = 20_000_000_000L) long mk1,
                                   @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long t) {
        assertThat(ENGINE.decide(input(r, PolicySession.NEW, mk1, t))).isEqualTo(ENGINE.decide(input(r, PolicySession.NEW, mk1, t)));
    }

    @Property(tries = 300)
    void theDiffNeverBothInstallsAndRemovesAName(@ForAll("requests") PolicyRequest first, @ForAll("requests") PolicyRequest second,
                                                 @ForAll @LongRange(max = 20_000_000_000L) long mk1,
                                                 @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long t) {
        if (!(ENGINE.decide(input(first, PolicySession.NEW, 0, t)) instanceof Decision.Accept a)) {
            return;
        }
        PolicyRequest update = second.toBuilder(CcRequestType.UPDATE).build();
        if (ENGINE.decide(input(update, Fixtures.after(a), mk1, t + 3600)) instanceof Decision.Accept b) {
            Set<String> installed = new HashSet<>(b.rules().install().stream().map(PccRule::key).toList());
            assertThat(b.rules().remove()).allMatch(rule -> !installed.contains(rule.key()));
            assertThat(b.rules().remove()).allMatch(rule -> a.target().rules().containsKey(rule.key()));
        }
    }

    @Property(tries = 300)
    void applyingTheTargetAndAskingAgainChangesNothing(@ForAll("requests") PolicyRequest r,
                                                       @ForAll @LongRange(max = 20_000_000_000L) long mk1,
                                                       @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long t) {
        if (ENGINE.decide(input(r, PolicySession.NEW, mk1, t)) instanceof Decision.Accept a) {
            PolicyRequest again = r.toBuilder(CcRequestType.UPDATE).build();
            Decision.Accept b = Fixtures.accept(ENGINE.decide(input(again, Fixtures.after(a), mk1, t)));
            assertThat(b.changesNothing()).isTrue();
            assertThat(b.nextChange()).isEqualTo(a.nextChange());
        }
    }

    @Property(tries = 300)
    void nextChangeIsInTheFutureAndNothingChangesBeforeIt(@ForAll("requests") PolicyRequest r,
                                                         @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long t) {
        Decision d = ENGINE.decide(input(r, PolicySession.NEW, 0, t));
        if (d.nextChange().isPresent()) {
            Instant next = d.nextChange().get();
            assertThat(next).isAfter(Instant.ofEpochSecond(t));
            Instant justBefore = next.minusMillis(1);
            assertThat(ENGINE.decide(new PolicyInput(PolicySession.NEW, r, ENGINE.subscriber(r),
                    Map.of("mk1", UsedUnits.ZERO), justBefore, Fixtures.UTC))).isEqualTo(withNext(d, justBefore, r));
        }
    }

    /** The decision at {@code at} must equal {@code d} except for the revalidation instant, which moves with time. */
    private static Decision withNext(Decision d, Instant at, PolicyRequest r) {
        if (d instanceof Decision.Accept a && a.revalidationTime() != null) {
            return new Decision.Accept(a.target(), a.rules(), a.defaultQos(), a.ambr(), a.eventTriggers(), a.grants(),
                    a.stopMonitoring(), at.plus(a.target().revalidation()), a.failedRules(), a.nextChange());
        }
        return d;
    }

    @Property(tries = 300)
    void ruleDiffAppliedToTheInstalledSetGivesTheTarget(@ForAll("ruleMaps") Map<String, PccRule> installed,
                                                        @ForAll("ruleMaps") Map<String, PccRule> target) {
        RuleDiff diff = RuleDiff.between(installed, target);
        Map<String, PccRule> result = new LinkedHashMap<>(installed);
        diff.remove().forEach(r -> result.remove(r.key()));
        diff.install().forEach(r -> result.put(r.key(), r));
        assertThat(result).isEqualTo(target);
        assertThat(diff.install()).allMatch(r -> !r.equals(installed.get(r.key())));
        assertThat(diff.isEmpty()).isEqualTo(diff == RuleDiff.EMPTY);
        assertThat(RuleDiff.between(target, target)).isSameAs(RuleDiff.EMPTY);
        assertThat(RuleDiff.between(target, new LinkedHashMap<>(target))).isSameAs(RuleDiff.EMPTY);
    }

    @Provide
    Arbitrary<Map<String, PccRule>> ruleMaps() {
        Arbitrary<PccRule> rule = Arbitraries.of("a", "b", "c", "d").flatMap(name -> Arbitraries.oneOf(
                Arbitraries.just(new PccRule.Predefined(name)),
                Arbitraries.just(new PccRule.RuleBase(name)),
                Arbitraries.integers().between(5, 9).map(qci -> new PccRule.Dynamic(new ChargingRuleDefinition(name,
                        List.of(new Flow("permit out ip from any to any", null)), qci, null, null, null, null, null,
                        null, null, null, null, null)))));
        return rule.list().ofMaxSize(6).map(list -> {
            Map<String, PccRule> m = new LinkedHashMap<>();
            list.forEach(r -> m.put(r.key(), r));
            return m;
        });
    }
}
