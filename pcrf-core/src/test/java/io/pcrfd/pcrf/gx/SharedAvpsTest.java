package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpValues;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BearerQos;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.EventTrigger;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowDirection;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.RuleDiff;
import io.pcrfd.pcrf.policy.UsageGrant;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** AVPs shared between answers are the octets a fresh build gives, and a slot never mixes values up. */
class SharedAvpsTest {
    private static final EndToEndId E2E = EndToEndId.of(7);

    private static PolicyUpdate update(long ambrUp, String stopKey) {
        return update(ambrUp, stopKey, Instant.parse("2026-12-07T09:00:00.250Z"));
    }

    private static PolicyUpdate update(long ambrUp, String stopKey, Instant revalidation) {
        ChargingRuleDefinition video = new ChargingRuleDefinition("video",
                List.of(new Flow("permit out 17 from 203.0.113.0/24 5000-5100 to any", FlowDirection.DOWNLINK)),
                2, Arp.of(4), BitratePair.of(1_000_000, 8_000_000), null, 100L, null, null, null, null, null, null);
        RuleDiff rules = new RuleDiff(List.of(new PccRule.Dynamic(video), new PccRule.Predefined("internet")),
                List.of(new PccRule.RuleBase("old-services")));
        return new PolicyUpdate(rules, new BearerQos(8, Arp.of(5)), BitratePair.of(ambrUp, 50_000_000),
                new TreeSet<>(Set.of(EventTrigger.USAGE_REPORT, EventTrigger.RAT_CHANGE)),
                revalidation, List.of(UsageGrant.ofTotal("mk1", 400_000_000)),
                List.of(stopKey));
    }

    private static byte[] rar(GxAnswers answers, PolicyUpdate u) {
        DiameterMessage m = answers.rar("pgw1;1;1", "pgw1.example", "example", E2E, u);
        return DiameterCodec.encode(m);
    }

    @Test
    void answersThatShareAvpsHaveTheOctetsOfFreshlyBuiltOnes() {
        GxAnswers shared = new GxAnswers(Pcef.DICT, "pcrf.pcrfd.local", "pcrfd.local");
        byte[] first = rar(shared, update(10_000_000, "mk-old"));
        byte[] other = rar(shared, update(20_000_000, "mk-gone"));
        byte[] again = rar(shared, update(10_000_000, "mk-old"));

        GxAnswers fresh = new GxAnswers(Pcef.DICT, "pcrf.pcrfd.local", "pcrfd.local");
        assertThat(again).isEqualTo(first).isEqualTo(rar(fresh, update(10_000_000, "mk-old")));
        assertThat(other).isNotEqualTo(first)
                .isEqualTo(rar(new GxAnswers(Pcef.DICT, "pcrf.pcrfd.local", "pcrfd.local"),
                        update(20_000_000, "mk-gone")));
    }

    @Test
    void theSameValueGivesTheSameInstance() {
        GxAnswers answers = new GxAnswers(Pcef.DICT, "pcrf.pcrfd.local", "pcrfd.local");
        DiameterMessage a = answers.rar("s;1", "h", "r", E2E, update(10_000_000, "k"));
        DiameterMessage b = answers.rar("s;2", "h", "r", E2E, update(10_000_000, "k"));

        assertThat(b.avp(Ts29212.DEFAULT_EPS_BEARER_QOS).orElseThrow())
                .isSameAs(a.avp(Ts29212.DEFAULT_EPS_BEARER_QOS).orElseThrow());
        assertThat(b.avp(Ts29212.CHARGING_RULE_INSTALL).orElseThrow())
                .isSameAs(a.avp(Ts29212.CHARGING_RULE_INSTALL).orElseThrow());
    }

    @Test
    void valuesThatShareASlotEachGetTheirOwnAvp() {
        AvpDefinition def = Pcef.DICT.definition(Rfc6733.RESULT_CODE);
        SharedAvps<Integer> table = new SharedAvps<>(i -> Avp.of(def, AvpValues.encode(def, i)));
        int clash = SharedAvps.SLOTS; // 0 and SLOTS hash to slot 0

        for (int round = 0; round < 3; round++) {
            assertThat(table.of(0).asUnsigned32()).isZero();
            assertThat(table.of(clash).asUnsigned32()).isEqualTo(clash);
        }
        assertThat(table.of(clash)).isSameAs(table.of(clash));
    }

    @Test
    void revalidationTimeIsSharedWithinASecondOnly() {
        GxAnswers answers = new GxAnswers(Pcef.DICT, "pcrf.pcrfd.local", "pcrfd.local");
        Instant t = Instant.parse("2026-12-07T09:00:00.100Z");
        DiameterMessage a = answers.rar("s;1", "h", "r", E2E, update(1, "k", t));
        DiameterMessage b = answers.rar("s;1", "h", "r", E2E, update(1, "k", t.plusMillis(800)));
        DiameterMessage c = answers.rar("s;1", "h", "r", E2E, update(1, "k", t.plusMillis(900)));

        assertThat(b.avp(Ts29212.REVALIDATION_TIME).orElseThrow())
                .isSameAs(a.avp(Ts29212.REVALIDATION_TIME).orElseThrow());
        assertThat(c.avp(Ts29212.REVALIDATION_TIME).orElseThrow().asTime()).isEqualTo(t.plusMillis(900)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(a.avp(Ts29212.REVALIDATION_TIME).orElseThrow().asTime()).isEqualTo(t
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
