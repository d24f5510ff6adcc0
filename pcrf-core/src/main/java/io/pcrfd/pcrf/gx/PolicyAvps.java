package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BearerQos;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.EventTrigger;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.UsageGrant;
import java.util.List;

/**
 * Writes a {@link PolicyUpdate} as Gx AVPs (TS 29.212 §5.3), the same for CCA (§5.6.3) and
 * RAR (§5.6.4). All installs go in one Charging-Rule-Install and all removals in one
 * Charging-Rule-Remove, which the grammar allows and gateways handle best.
 */
final class PolicyAvps {
    /** Unsigned32 bit/s tops out at 4.29 Gbit/s; above it the Extended AVPs in kbit/s apply (§5.3.129). */
    private static final long MAX_BPS = 0xFFFF_FFFFL;

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
            b.add(Ts29212.QOS_INFORMATION, g -> ambr(g, u.ambr()));
        }
        if (u.revalidationTime() != null) {
            b.add(Ts29212.REVALIDATION_TIME, u.revalidationTime());
        }
        if (u.defaultQos() != null) {
            b.add(Ts29212.DEFAULT_EPS_BEARER_QOS, g -> defaultQos(g, u.defaultQos()));
        }
    }

    private static void monitoring(MessageBuilder b, PolicyUpdate u) {
        u.grants().forEach(grant -> b.add(Ts29212.USAGE_MONITORING_INFORMATION, g -> grant(g, grant)));
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
            c.add(Ts29212.QOS_INFORMATION, q -> ruleQos(q, d));
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

    private static void ruleQos(GroupedAvpBuilder q, ChargingRuleDefinition d) {
        q.add(Ts29212.QOS_CLASS_IDENTIFIER, d.qci());
        if (d.mbr() != null) {
            q.add(Ts29214.MAX_REQUESTED_BANDWIDTH_UL, capped(d.mbr().uplink().bitsPerSecond()));
            q.add(Ts29214.MAX_REQUESTED_BANDWIDTH_DL, capped(d.mbr().downlink().bitsPerSecond()));
        }
        if (d.gbr() != null) {
            q.add(Ts29212.GUARANTEED_BITRATE_UL, capped(d.gbr().uplink().bitsPerSecond()));
            q.add(Ts29212.GUARANTEED_BITRATE_DL, capped(d.gbr().downlink().bitsPerSecond()));
        }
        if (d.arp() != null) {
            q.add(Ts29212.ALLOCATION_RETENTION_PRIORITY, a -> arp(a, d.arp()));
        }
    }

    private static void ambr(GroupedAvpBuilder g, BitratePair ambr) {
        long ul = ambr.uplink().bitsPerSecond();
        long dl = ambr.downlink().bitsPerSecond();
        g.add(Ts29212.APN_AGGREGATE_MAX_BITRATE_UL, capped(ul));
        g.add(Ts29212.APN_AGGREGATE_MAX_BITRATE_DL, capped(dl));
        if (ul > MAX_BPS) {
            g.add(Ts29212.EXTENDED_APN_AMBR_UL, ul / 1000);
        }
        if (dl > MAX_BPS) {
            g.add(Ts29212.EXTENDED_APN_AMBR_DL, dl / 1000);
        }
    }

    private static void defaultQos(GroupedAvpBuilder g, BearerQos qos) {
        g.add(Ts29212.QOS_CLASS_IDENTIFIER, qos.qci());
        g.add(Ts29212.ALLOCATION_RETENTION_PRIORITY, a -> arp(a, qos.arp()));
    }

    private static void arp(GroupedAvpBuilder a, Arp arp) {
        a.add(Ts29212.PRIORITY_LEVEL, (long) arp.priority());
        a.add(Ts29212.PRE_EMPTION_CAPABILITY, arp.capability().code());
        a.add(Ts29212.PRE_EMPTION_VULNERABILITY, arp.vulnerability().code());
    }

    private static void grant(GroupedAvpBuilder g, UsageGrant grant) {
        g.add(Ts29212.MONITORING_KEY, grant.key());
        g.add(Rfc4006.GRANTED_SERVICE_UNIT, gsu -> {
            if (grant.total() != null) {
                gsu.add(Rfc4006.CC_TOTAL_OCTETS, grant.total().bytes());
            }
            if (grant.input() != null) {
                gsu.add(Rfc4006.CC_INPUT_OCTETS, grant.input().bytes());
            }
            if (grant.output() != null) {
                gsu.add(Rfc4006.CC_OUTPUT_OCTETS, grant.output().bytes());
            }
            if (grant.time() != null) {
                gsu.add(Rfc4006.CC_TIME, grant.time().toSeconds());
            }
        });
        g.add(Ts29212.USAGE_MONITORING_LEVEL, grant.level().code());
    }

    private static long capped(long bps) {
        return Math.min(bps, MAX_BPS);
    }

    /** The Event-Trigger values of {@code triggers}, for logs. */
    static List<Integer> values(java.util.Collection<EventTrigger> triggers) {
        return triggers.stream().map(EventTrigger::value).toList();
    }
}
