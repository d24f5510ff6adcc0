package io.pcrfd.pcrf.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowDirection;
import io.pcrfd.pcrf.policy.FlowStatus;
import io.pcrfd.pcrf.policy.MediaKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One dynamic PCC rule per media component (TS 29.213 §6.3). */
class MediaRulesTest {
    private static final Flow DOWN = new Flow("permit out 17 from 198.51.100.7 49152 to 10.1.2.3 5000",
            FlowDirection.DOWNLINK);
    private static final Flow UP = new Flow("permit out 17 from 198.51.100.7 49153 to 10.1.2.3 5001",
            FlowDirection.UPLINK);
    private static final Flow RTCP = new Flow("permit out 17 from 198.51.100.7 49154 to 10.1.2.3 5002",
            FlowDirection.BIDIRECTIONAL);

    private static MediaComponent audio(FlowStatus status, MediaComponent.SubComponent... subs) {
        return new MediaComponent(1, MediaKind.AUDIO, 38_000L, 38_000L, 500L, 1_500L, status, List.of("uplink\noffer"),
                null, List.of(subs));
    }

    @Test
    void aVoiceComponentBecomesOneGbrRuleWithItsRtpAndRtcpFlows() {
        List<ChargingRuleDefinition> rules = MediaRules.derive("pcscf;1;7", List.of(audio(null,
                new MediaComponent.SubComponent(1, List.of(DOWN, UP), null, false, false),
                new MediaComponent.SubComponent(2, List.of(RTCP), null, true, false))), false);

        assertThat(rules).hasSize(1);
        ChargingRuleDefinition r = rules.get(0);
        assertThat(r.name()).isEqualTo("rx:pcscf;1;7:1");
        assertThat(r.flows()).containsExactly(DOWN, UP, RTCP);
        assertThat(r.qci()).isEqualTo(1);
        assertThat(r.mbr()).isEqualTo(BitratePair.of(40_000, 40_000));
        assertThat(r.gbr()).isEqualTo(r.mbr());
        assertThat(r.precedence()).isEqualTo(101L);
        assertThat(r.flowStatus()).isEqualTo(FlowStatus.ENABLED);
        assertThat(MediaRules.afSessionOf(r.name())).contains("pcscf;1;7");
    }

    @Test
    void preliminaryInformationReservesWithTheGatesClosed() {
        List<ChargingRuleDefinition> rules = MediaRules.derive("af;1", List.of(audio(FlowStatus.ENABLED,
                new MediaComponent.SubComponent(1, List.of(DOWN), FlowStatus.ENABLED, false, false))), true);

        assertThat(rules).singleElement().extracting(ChargingRuleDefinition::flowStatus)
                .isEqualTo(FlowStatus.DISABLED);
    }

    @Test
    void theSubComponentsFlowStatusWinsWhenTheyAgree() {
        List<ChargingRuleDefinition> rules = MediaRules.derive("af;1", List.of(audio(FlowStatus.ENABLED,
                new MediaComponent.SubComponent(1, List.of(DOWN), FlowStatus.ENABLED_DOWNLINK, false, false))), false);

        assertThat(rules.get(0).flowStatus()).isEqualTo(FlowStatus.ENABLED_DOWNLINK);
    }

    @Test
    void aRemovedOrFlowlessComponentHasNoRule() {
        MediaComponent removed = audio(FlowStatus.REMOVED,
                new MediaComponent.SubComponent(1, List.of(DOWN), null, false, false));
        MediaComponent flowless = new MediaComponent(2, MediaKind.VIDEO, null, null, null, null, null, List.of(),
                null, List.of());

        assertThat(MediaRules.derive("af;1", List.of(removed, flowless), false)).isEmpty();
    }

    @Test
    void onlyRxRuleNamesLeadBackToAnAfSession() {
        assertThat(MediaRules.afSessionOf("video-boost")).isEmpty();
        assertThat(MediaRules.afSessionOf("rx:a:b;c:12")).contains("a:b;c");
    }
}
