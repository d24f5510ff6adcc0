package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort.RejectedQosRule;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.QosRuleDerivation.QosRule;
import io.pcrfd.pcrf.qos.QosAvps;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * QoS rules on the wire (TS 29.212 §5.3.85-89, used by S9a per TS 29.215 §A.7.3):
 *
 * <pre>
 * QoS-Rule-Install { QoS-Rule-Definition { QoS-Rule-Name, *Flow-Information { Flow-Description,
 *                    Flow-Direction }, QoS-Information { QCI, MBR-UL/DL, GBR-UL/DL,
 *                    Allocation-Retention-Priority }, Precedence } }   (one rule per install)
 *                    QoS-Information as {@link QosAvps} writes it for Gx too (Extended-*
 *                    above 4 Gbit/s)
 * QoS-Rule-Remove  { *QoS-Rule-Name }
 * QoS-Rule-Report  { *QoS-Rule-Name, PCC-Rule-Status, Rule-Failure-Code }   (from the BPCF)
 * </pre>
 */
public final class QosRuleAvps {
    private static final int INACTIVE = 1;

    private QosRuleAvps() {
    }

    /** Adds one QoS-Rule-Install per rule. */
    public static void install(MessageBuilder b, List<QosRule> rules) {
        for (QosRule r : rules) {
            b.add(Ts29212.QOS_RULE_INSTALL, i -> i.add(Ts29212.QOS_RULE_DEFINITION, d -> definition(d, r)));
        }
    }

    /** Adds a QoS-Rule-Remove naming {@code names} (nothing when empty). */
    public static void remove(MessageBuilder b, List<String> names) {
        if (!names.isEmpty()) {
            b.add(Ts29212.QOS_RULE_REMOVE, g -> names.forEach(n -> g.add(Ts29212.QOS_RULE_NAME, utf8(n))));
        }
    }

    private static void definition(GroupedAvpBuilder d, QosRule r) {
        d.add(Ts29212.QOS_RULE_NAME, utf8(r.name()));
        for (Flow f : r.flows()) {
            d.add(Ts29212.FLOW_INFORMATION, fi -> {
                fi.add(Ts29214.FLOW_DESCRIPTION, f.description());
                if (f.direction() != null) {
                    fi.add(Ts29212.FLOW_DIRECTION, f.direction().code());
                }
            });
        }
        d.add(Ts29212.QOS_INFORMATION, q -> QosAvps.bearer(q, r.qci(), r.mbr(), r.gbr(), r.arp()));
        if (r.precedence() != null) {
            d.add(Ts29212.PRECEDENCE, r.precedence());
        }
    }

    /** The rules a request or answer reports as not enforced (PCC-Rule-Status INACTIVE). */
    public static List<RejectedQosRule> rejected(DiameterMessage m) {
        List<RejectedQosRule> out = new ArrayList<>();
        for (Avp report : m.avps(Ts29212.QOS_RULE_REPORT)) {
            boolean inactive = report.child(Ts29212.PCC_RULE_STATUS).map(Avp::asInt).orElse(INACTIVE) == INACTIVE;
            int code = report.child(Ts29212.RULE_FAILURE_CODE).map(Avp::asInt).orElse(0);
            if (inactive) {
                report.children(Ts29212.QOS_RULE_NAME).forEach(n -> out.add(new RejectedQosRule(text(n), code)));
            }
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(Avp octets) {
        return new String(octets.asOctetString(), StandardCharsets.UTF_8);
    }
}
