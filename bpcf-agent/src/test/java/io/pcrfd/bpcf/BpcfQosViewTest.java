package io.pcrfd.bpcf;

import static io.pcrfd.bpcf.StubPcrf.IMSI;
import static io.pcrfd.bpcf.StubPcrf.UE_IP;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;
import org.junit.jupiter.api.Test;

/**
 * A PCRF throttling the line re-installs a QoS rule with a lower MBR by RAR (TS 29.212 §5.3.85):
 * the BPCF admits it again, the line's reservation follows, and the session view shows the QoS
 * the rule now has.
 */
class BpcfQosViewTest {
    private final StubPcrf pcrf = new StubPcrf();

    static void install(MessageBuilder b, String rule, long mbrDl) {
        b.add(Ts29212.QOS_RULE_INSTALL, i -> definition(i, rule, mbrDl));
    }

    private static void definition(GroupedAvpBuilder install, String rule, long mbrDl) {
        install.add(Ts29212.QOS_RULE_DEFINITION, d -> d
                .add(Ts29212.QOS_RULE_NAME, rule)
                .add(Ts29212.QOS_INFORMATION, q -> q.add(Ts29212.QOS_CLASS_IDENTIFIER, 9)
                        .add(Ts29214.MAX_REQUESTED_BANDWIDTH_UL, mbrDl / 10)
                        .add(Ts29214.MAX_REQUESTED_BANDWIDTH_DL, mbrDl)));
    }

    @Test
    void aThrottleByRarShowsInTheSessionViewAndOnTheLine() {
        pcrf.cca = (ccr, b) -> {
            if (ccr.avp("CC-Request-Type").orElseThrow().asInt() == 1) {
                install(b, "internet", 50_000_000L);
            }
        };
        String session = pcrf.attach(UE_IP, IMSI);
        assertThat(pcrf.bpcf.list().iterator().next().rules()).containsExactly(
                new QosRuleView("internet", 9, 5_000_000L, 50_000_000L, null, null));

        var raa = pcrf.rar(session, b -> install(b, "internet", 2_000_000L));

        assertThat(raa.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
        assertThat(raa.avp("QoS-Rule-Report")).isEmpty();
        BpcfSessionView v = pcrf.bpcf.list().iterator().next();
        assertThat(v.admitted()).containsExactly("internet");
        assertThat(v.rules()).containsExactly(new QosRuleView("internet", 9, 200_000L, 2_000_000L, null, null));
        assertThat(pcrf.bpcf.lines().usage("line-1").dlUsed()).isEqualTo(2_000_000L);
    }

    /**
     * TS 29.212 §5a.3.1: QoS-Rule-Install ::= *[ QoS-Rule-Definition ] *[ QoS-Rule-Name ]
     * *[ QoS-Rule-Base-Name ] ...: a PCRF may install several rules in one AVP; and §5.3.30:
     * Event-Report-Indication ::= ... *[ Event-Trigger ] .... Both ends decode the RAR strictly
     * (no 5009 for the second definition or trigger) and the BPCF admits both rules.
     */
    @Test
    void oneQosRuleInstallMayCarrySeveralDefinitionsAndOneEventReportSeveralTriggers() {
        String session = pcrf.attach(UE_IP, IMSI);

        var raa = pcrf.rar(session, b -> b.add(Ts29212.QOS_RULE_INSTALL, i -> {
            definition(i, "internet", 20_000_000L);
            definition(i, "video", 8_000_000L);
        }).add(Ts29212.EVENT_REPORT_INDICATION, e -> e.add(Ts29212.EVENT_TRIGGER, Ts29212.EventTrigger.RAT_CHANGE)
                .add(Ts29212.EVENT_TRIGGER, Ts29212.EventTrigger.USAGE_REPORT)));

        assertThat(raa.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
        assertThat(pcrf.bpcf.list().iterator().next().admitted()).containsExactlyInAnyOrder("internet", "video");
        assertThat(pcrf.bpcf.lines().usage("line-1").dlUsed()).isEqualTo(28_000_000L);
    }
}
