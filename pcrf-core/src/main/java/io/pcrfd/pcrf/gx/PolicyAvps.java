package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.EventTrigger;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.qos.QosAvps;
import java.util.List;

/**
 * Writes a {@link PolicyUpdate} as Gx AVPs (TS 29.212 §5.3), the same for CCA (§5.6.3) and
 * RAR (§5.6.4). All installs go in one Charging-Rule-Install and all removals in one
 * Charging-Rule-Remove, which the grammar allows and gateways handle best. QoS-Information,
 * APN-AMBR and Default-EPS-Bearer-QoS contents come from {@link QosAvps}, as on S9a.
 */
final class PolicyAvps {
    private PolicyAvps() {
    }

    static void write(MessageBuilder b, PolicyUpdate u) {
        if (u.eventTriggers() != null) {
            u.eventTriggers().forEach(t -> b.add(Ts29212.EVENT_TRIGGER, t.value()));
        }
        if (!u.rules().remove().isEmpty()) {
            b.add(Ts29212.CHARGING_RULE_REMOVE, g -> u.rules().remove().forEach(r -> ruleRef(g, r)));
        }
        if (!u.rules().install().isEmpty()) {
            b.add(Ts29212.CHARGING_RULE_INSTALL, g -> u.rules().install().forEach(r -> install(g, r)));
        }
        qos(b, u);
        monitoring(b, u);
    }

    private static void qos(MessageBuilder b, PolicyUpdate u) {
        if (u.ambr() != null) {
            b.add(Ts29212.QOS_INFORMATION, g -> QosAvps.apnAmbr(g, u.ambr()));
        }
        if (u.revalidationTime() != null) {
            b.add(Ts29212.REVALIDATION_TIME, u.revalidationTime());
        }
        if (u.defaultQos() != null) {
            b.add(Ts29212.DEFAULT_EPS_BEARER_QOS, g -> QosAvps.defaultBearer(g, u.defaultQos()));
        }
    }

    private static void monitoring(MessageBuilder b, PolicyUpdate u) {
        u.grants().forEach(grant -> b.add(Ts29212.USAGE_MONITORING_INFORMATION, g -> io.pcrfd.pcrf.qos.UsageMonitoringAvps.grant(g, grant)));
        u.stopMonitoring().forEach(key -> b.add(Ts29212.USAGE_MONITORING_INFORMATION, g -> g
                .add(Ts29212.MONITORING_KEY, key)
                .add(Ts29212.USAGE_MONITORING_SUPPORT, 0)));
    }

    private static void ruleRef(GroupedAvpBuilder g, PccRule r) {
        if (r instanceof PccRule.RuleBase) {
            g.add(Ts29212.CHARGING_RULE_BASE_NAME, r.name());
        } else {
            g.add(Ts29212.CHARGING_RULE_NAME, r.name());
        }
    }

    private static void install(GroupedAvpBuilder g, PccRule r) {
        if (r instanceof PccRule.Dynamic(ChargingRuleDefinition d)) {
            g.add(Ts29212.CHARGING_RULE_DEFINITION, c -> definition(c, d));
        } else {
            ruleRef(g, r);
        }
    }

    private static void definition(GroupedAvpBuilder c, ChargingRuleDefinition d) {
        c.add(Ts29212.CHARGING_RULE_NAME, d.name());
        if (d.ratingGroup() != null) {
            c.add(Rfc4006.RATING_GROUP, d.ratingGroup());
        }
        d.flows().forEach(f -> c.add(Ts29212.FLOW_INFORMATION, fi -> flow(fi, f)));
        if (d.flowStatus() != null) {
            c.add(Ts29214.FLOW_STATUS, d.flowStatus().code());
        }
        if (d.hasQos()) {
            c.add(Ts29212.QOS_INFORMATION, q -> QosAvps.bearer(q, d.qci(), d.mbr(), d.gbr(), d.arp()));
        }
        charging(c, d);
    }

    /** The charging part of a definition: Online, Offline, Metering-Method, Precedence, key. */
    private static void charging(GroupedAvpBuilder c, ChargingRuleDefinition d) {
        if (d.online() != null) {
            c.add(Ts29212.ONLINE, d.online() ? 1 : 0);
        }
        if (d.offline() != null) {
            c.add(Ts29212.OFFLINE, d.offline() ? 1 : 0);
        }
        if (d.meteringMethod() != null) {
            c.add(Ts29212.METERING_METHOD, d.meteringMethod().code());
        }
        if (d.precedence() != null) {
            c.add(Ts29212.PRECEDENCE, d.precedence());
        }
        if (d.monitoringKey() != null) {
            c.add(Ts29212.MONITORING_KEY, d.monitoringKey());
        }
    }

    private static void flow(GroupedAvpBuilder fi, Flow f) {
        fi.add(Ts29214.FLOW_DESCRIPTION, f.description());
        fi.add(Ts29212.FLOW_DIRECTION, f.direction().code());
    }

    /** The Event-Trigger values of {@code triggers}, for logs. */
    static List<Integer> values(java.util.Collection<EventTrigger> triggers) {
        return triggers.stream().map(EventTrigger::value).toList();
    }
}
