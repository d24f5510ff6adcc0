package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BearerQos;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.Decision;
import io.pcrfd.pcrf.policy.EventTrigger;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowDirection;
import io.pcrfd.pcrf.policy.FlowStatus;
import io.pcrfd.pcrf.policy.MeteringMethod;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.pcrf.policy.RuleDiff;
import io.pcrfd.pcrf.policy.UsageGrant;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RAR shapes, AMBR above 2^32-1 bit/s, NO_EVENT_TRIGGERS, and the stored state's round trip. */
class GxMessagesTest {
    private final GxAnswers answers = new GxAnswers(Pcef.DICT, "pcrf.pcrfd.local", "pcrfd.local");
    private final GxHarness h = new GxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void anAmbrAboveUnsigned32IsCappedAndCarriedInTheExtendedAvpsInKbps() {
        PolicyUpdate u = new PolicyUpdate(RuleDiff.EMPTY, null, BitratePair.of(100_000_000L, 6_000_000_000L), null,
                null, List.of(), List.of());
        DiameterMessage rar = h.onTheWire(answers.rar("s;1", Pcef.HOST, Pcef.REALM, EndToEndId.of(1), u));

        io.pcrfd.diameter.message.Avp qos = rar.avp("QoS-Information").orElseThrow();
        assertThat(GxHarness.u32(qos, "APN-Aggregate-Max-Bitrate-UL")).isEqualTo(100_000_000L);
        assertThat(GxHarness.u32(qos, "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(0xFFFF_FFFFL);
        assertThat(GxHarness.u32(qos, "Extended-APN-AMBR-DL")).isEqualTo(6_000_000L);
        assertThat(qos.child("Extended-APN-AMBR-UL")).isEmpty();
    }

    @Test
    void aReleaseRarCarriesSessionReleaseCauseAndPassesTheCodec() {
        DiameterMessage rar = h.onTheWire(answers.releaseRar("s;2", Pcef.HOST, Pcef.REALM, EndToEndId.of(2), 0));

        assertThat(rar.avp("Session-Release-Cause").orElseThrow().asInt()).isZero();
        assertThat(rar.avp("Auth-Application-Id").orElseThrow().asUnsigned32()).isEqualTo(16777238L);
        assertThat(rar.flags().proxiable()).isTrue();
    }

    @Test
    void triggersThatEmptyAreSentAsNoEventTriggers() {
        PolicyState before = new PolicyState(Map.of(), null, null, Map.of(),
                new TreeSet<>(Set.of(EventTrigger.RAT_CHANGE)), null);
        PolicyState after = PolicyState.EMPTY;
        var accept = new Decision.Accept(after, RuleDiff.EMPTY, null, null, Set.of(), List.of(),
                List.of(), null, Set.of(), Optional.empty());

        assertThat(PolicyUpdate.of(accept, before).eventTriggers()).containsExactly(new EventTrigger(14));
        assertThat(PolicyUpdate.of(accept, after).eventTriggers()).isNull();
    }

    @Test
    void theStoredStateSurvivesItsJsonForm() {
        ChargingRuleDefinition video = new ChargingRuleDefinition("video",
                List.of(new Flow("permit out 17 from 203.0.113.0/24 5000-5100 to any", FlowDirection.DOWNLINK)),
                2, Arp.of(4), BitratePair.of(1_000_000, 8_000_000), BitratePair.of(512_000, 4_000_000), 100L, 100L,
                false, true, MeteringMethod.VOLUME, "mk-video",
                FlowStatus.ENABLED);
        Map<String, PccRule> rules = new LinkedHashMap<>();
        rules.put("internet", new PccRule.Predefined("internet"));
        rules.put("base:gold-services", new PccRule.RuleBase("gold-services"));
        rules.put("video", new PccRule.Dynamic(video));
        PolicyState installed = new PolicyState(rules, new BearerQos(8, Arp.of(5)), BitratePair.of(1, 2),
                Map.of("mk1", UsageGrant.ofTotal("mk1", 1_000)), new TreeSet<>(Set.of(EventTrigger.USAGE_REPORT)),
                Duration.ofHours(1));
        GxSessionState state = new GxSessionState(installed, Set.of("x"), Map.of("x", 10), 4,
                List.of(new FeatureList(10415, 1, 11)));

        GxSessionState back = GxStateCodec.decode(GxStateCodec.encode(state), state.lastRequestNumber());

        assertThat(back).isEqualTo(state);
        assertThat(back.installed().rules().keySet()).containsExactly("internet", "base:gold-services", "video");
    }
}
