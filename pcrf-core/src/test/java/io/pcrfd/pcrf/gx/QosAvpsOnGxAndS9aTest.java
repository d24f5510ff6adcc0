package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.establishment.s9a.QosRuleAvps;
import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowDirection;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.pcrf.policy.Preemption;
import io.pcrfd.pcrf.policy.QosRuleDerivation;
import io.pcrfd.pcrf.policy.RuleDiff;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One rule's QoS-Information is the same octets in a Gx Charging-Rule-Definition (TS 29.212
 * §5.3.4) and in the S9a QoS-Rule-Definition derived from it (TS 29.212 §5.3.85, TS 29.215
 * §A.7.3): both come from {@link io.pcrfd.pcrf.qos.QosAvps}.
 */
class QosAvpsOnGxAndS9aTest {

    private static ChargingRuleDefinition rule(BitratePair mbr, BitratePair gbr, Arp arp) {
        return new ChargingRuleDefinition("video",
                List.of(new Flow("permit out 17 from 203.0.113.0/24 5000-5100 to any", FlowDirection.DOWNLINK)),
                2, arp, mbr, gbr, 100L, null, null, null, null, null, null);
    }

    private static String gx(ChargingRuleDefinition d) {
        MessageBuilder b = MessageBuilder.request(Pcef.DICT, ApplicationIds.GX, "RAR");
        new PolicyAvps(Pcef.DICT).write(b, new PolicyUpdate(new RuleDiff(List.of(new PccRule.Dynamic(d)), List.of()), null, null,
                null, null, List.of(), List.of()));
        Avp definition = b.build().avp(Ts29212.CHARGING_RULE_INSTALL).orElseThrow()
                .child(Ts29212.CHARGING_RULE_DEFINITION).orElseThrow();
        return hex(definition.child(Ts29212.QOS_INFORMATION).orElseThrow());
    }

    private static String s9a(ChargingRuleDefinition d) {
        PolicyState state = new PolicyState(Map.of("video", new PccRule.Dynamic(d)), null, null, Map.of(),
                new TreeSet<>(), null);
        MessageBuilder b = MessageBuilder.request(Pcef.DICT, ApplicationIds.S9A, "RAR");
        QosRuleAvps.install(b, QosRuleDerivation.derive(state));
        DiameterMessage m = b.build();
        Avp definition = m.avp(Ts29212.QOS_RULE_INSTALL).orElseThrow()
                .child(Ts29212.QOS_RULE_DEFINITION).orElseThrow();
        return hex(definition.child(Ts29212.QOS_INFORMATION).orElseThrow());
    }

    private static String hex(Avp a) {
        byte[] out = new byte[a.paddedLength()];
        a.writeTo(out, 0);
        return HexFormat.of().formatHex(out);
    }

    @Test
    void aRuleBelow4GbpsIsTheSameOctetsOnBothInterfaces() {
        ChargingRuleDefinition d = rule(BitratePair.of(1_000_000, 8_000_000), BitratePair.of(512_000, 4_000_000),
                Arp.of(4));

        assertThat(s9a(d)).isEqualTo(gx(d)).startsWith("000003f8c0");
    }

    @Test
    void aRuleAbove4GbpsCarriesTheSameExtendedAvpsOnBothInterfaces() {
        ChargingRuleDefinition d = rule(BitratePair.of(10_000_000_000L, 10_000_000_000L),
                BitratePair.of(6_000_000_000L, 100_000_000L), new Arp(1, Preemption.ENABLED, Preemption.DISABLED));

        String gx = gx(d);

        assertThat(s9a(d)).isEqualTo(gx);
        // Extended-Max-Requested-BW-UL (555) and Extended-GBR-UL (2851), V bit, vendor 10415, kbit/s
        assertThat(gx).contains("0000022b" + "80000010" + "000028af" + "00989680")
                .contains("00000b23" + "80000010" + "000028af" + "005b8d80");
    }
}
