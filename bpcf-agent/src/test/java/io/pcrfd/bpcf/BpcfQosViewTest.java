package io.pcrfd.bpcf;

import static io.pcrfd.bpcf.StubPcrf.IMSI;
import static io.pcrfd.bpcf.StubPcrf.UE_IP;
import static org.assertj.core.api.Assertions.assertThat;

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
        b.add(Ts29212.QOS_RULE_INSTALL, i -> i.add(Ts29212.QOS_RULE_DEFINITION, d -> d
                .add(Ts29212.QOS_RULE_NAME, rule)
                .add(Ts29212.QOS_INFORMATION, q -> q.add(Ts29212.QOS_CLASS_IDENTIFIER, 9)
                        .add(Ts29214.MAX_REQUESTED_BANDWIDTH_UL, mbrDl / 10)
                        .add(Ts29214.MAX_REQUESTED_BANDWIDTH_DL, mbrDl))));
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
}
