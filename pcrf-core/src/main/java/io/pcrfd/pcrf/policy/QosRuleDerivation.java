package io.pcrfd.pcrf.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the QoS rules of an S9a session (TS 29.215 §A.5, QoS-Rule-Definition of TS 29.212
 * §5.3.85) from the Gx session's policy: one QoS rule per dynamic PCC rule that carries QoS,
 * with the same name, QCI, ARP, MBR/GBR, precedence and flows. Predefined rules are skipped
 * because the BPCF cannot know what the PCEF's predefined names contain. Pure, like the engine.
 */
public final class QosRuleDerivation {
    private QosRuleDerivation() {
    }

    /**
     * One QoS rule for the BPCF.
     *
     * @param name       QoS-Rule-Name (the PCC rule's Charging-Rule-Name)
     * @param qci        QoS-Class-Identifier
     * @param arp        Allocation-Retention-Priority, or null
     * @param mbr        Max-Requested-Bandwidth-UL/DL, or null
     * @param gbr        Guaranteed-Bitrate-UL/DL, or null
     * @param precedence Precedence, or null
     * @param flows      the flows the rule applies to
     */
    public record QosRule(String name, int qci, Arp arp, BitratePair mbr, BitratePair gbr, Long precedence,
                          List<Flow> flows) {
        public QosRule {
            flows = List.copyOf(flows);
        }
    }

    /**
     * QoS-Rule-Install / QoS-Rule-Remove towards the BPCF.
     *
     * @param install rules new or changed
     * @param remove  names of rules no longer derived
     */
    public record QosRuleDiff(List<QosRule> install, List<String> remove) {
        public QosRuleDiff {
            install = List.copyOf(install);
            remove = List.copyOf(remove);
        }

        public boolean isEmpty() {
            return install.isEmpty() && remove.isEmpty();
        }
    }

    /** The QoS rules for a Gx policy state, in the state's rule order. */
    public static List<QosRule> derive(PolicyState gx) {
        List<QosRule> out = new ArrayList<>();
        for (PccRule rule : gx.rules().values()) {
            if (rule instanceof PccRule.Dynamic(ChargingRuleDefinition d) && d.hasQos()) {
                out.add(new QosRule(d.name(), d.qci(), d.arp(), d.mbr(), d.gbr(), d.precedence(), d.flows()));
            }
        }
        return out;
    }

    /** What to send the BPCF when the Gx policy goes from {@code before} to {@code after}. */
    public static QosRuleDiff diff(PolicyState before, PolicyState after) {
        Map<String, QosRule> old = byName(derive(before));
        Map<String, QosRule> now = byName(derive(after));
        List<QosRule> install = now.values().stream().filter(r -> !r.equals(old.get(r.name()))).toList();
        List<String> remove = old.keySet().stream().filter(n -> !now.containsKey(n)).toList();
        return new QosRuleDiff(install, remove);
    }

    private static Map<String, QosRule> byName(List<QosRule> rules) {
        Map<String, QosRule> m = new LinkedHashMap<>();
        rules.forEach(r -> m.put(r.name(), r));
        return m;
    }
}
