package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
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
            u.eventTriggers().forEach(t -> b.add("Event-Trigger", t.value()));
        }
        if (!u.rules().remove().isEmpty()) {
            b.addGrouped("Charging-Rule-Remove", g -> u.rules().remove().forEach(r -> ruleRef(g, r)));
        }
        if (!u.rules().install().isEmpty()) {
            b.addGrouped("Charging-Rule-Install", g -> u.rules().install().forEach(r -> install(g, r)));
        }
        qos(b, u);
        monitoring(b, u);
    }

    private static void qos(MessageBuilder b, PolicyUpdate u) {
        if (u.ambr() != null) {
            b.addGrouped("QoS-Information", g -> ambr(g, u.ambr()));
        }
        if (u.revalidationTime() != null) {
            b.add("Revalidation-Time", u.revalidationTime());
        }
        if (u.defaultQos() != null) {
            b.addGrouped("Default-EPS-Bearer-QoS", g -> defaultQos(g, u.defaultQos()));
        }
    }

    private static void monitoring(MessageBuilder b, PolicyUpdate u) {
        u.grants().forEach(grant -> b.addGrouped("Usage-Monitoring-Information", g -> grant(g, grant)));
        u.stopMonitoring().forEach(key -> b.addGrouped("Usage-Monitoring-Information", g -> g
                .add("Monitoring-Key", key)
                .add("Usage-Monitoring-Support", 0)));
    }

    private static void ruleRef(GroupedAvpBuilder g, PccRule r) {
        if (r instanceof PccRule.RuleBase) {
            g.add("Charging-Rule-Base-Name", r.name());
        } else {
            g.add("Charging-Rule-Name", r.name());
        }
    }

    private static void install(GroupedAvpBuilder g, PccRule r) {
        if (r instanceof PccRule.Dynamic(ChargingRuleDefinition d)) {
            g.addGrouped("Charging-Rule-Definition", c -> definition(c, d));
        } else {
            ruleRef(g, r);
        }
    }

    private static void definition(GroupedAvpBuilder c, ChargingRuleDefinition d) {
        c.add("Charging-Rule-Name", d.name());
        if (d.ratingGroup() != null) {
            c.add("Rating-Group", d.ratingGroup());
        }
        d.flows().forEach(f -> c.addGrouped("Flow-Information", fi -> flow(fi, f)));
        if (d.flowStatus() != null) {
            c.add("Flow-Status", d.flowStatus().code());
        }
        if (d.hasQos()) {
            c.addGrouped("QoS-Information", q -> ruleQos(q, d));
        }
        charging(c, d);
    }

    /** The charging part of a definition: Online, Offline, Metering-Method, Precedence, key. */
    private static void charging(GroupedAvpBuilder c, ChargingRuleDefinition d) {
        if (d.online() != null) {
            c.add("Online", d.online() ? 1 : 0);
        }
        if (d.offline() != null) {
            c.add("Offline", d.offline() ? 1 : 0);
        }
        if (d.meteringMethod() != null) {
            c.add("Metering-Method", d.meteringMethod().code());
        }
        if (d.precedence() != null) {
            c.add("Precedence", d.precedence());
        }
        if (d.monitoringKey() != null) {
            c.add("Monitoring-Key", d.monitoringKey());
        }
    }

    private static void flow(GroupedAvpBuilder fi, Flow f) {
        fi.add("Flow-Description", f.description());
        fi.add("Flow-Direction", f.direction().code());
    }

    private static void ruleQos(GroupedAvpBuilder q, ChargingRuleDefinition d) {
        q.add("QoS-Class-Identifier", d.qci());
        if (d.mbr() != null) {
            q.add("Max-Requested-Bandwidth-UL", capped(d.mbr().uplink().bitsPerSecond()));
            q.add("Max-Requested-Bandwidth-DL", capped(d.mbr().downlink().bitsPerSecond()));
        }
        if (d.gbr() != null) {
            q.add("Guaranteed-Bitrate-UL", capped(d.gbr().uplink().bitsPerSecond()));
            q.add("Guaranteed-Bitrate-DL", capped(d.gbr().downlink().bitsPerSecond()));
        }
        if (d.arp() != null) {
            q.addGrouped("Allocation-Retention-Priority", a -> arp(a, d.arp()));
        }
    }

    private static void ambr(GroupedAvpBuilder g, BitratePair ambr) {
        long ul = ambr.uplink().bitsPerSecond();
        long dl = ambr.downlink().bitsPerSecond();
        g.add("APN-Aggregate-Max-Bitrate-UL", capped(ul));
        g.add("APN-Aggregate-Max-Bitrate-DL", capped(dl));
        if (ul > MAX_BPS) {
            g.add("Extended-APN-AMBR-UL", ul / 1000);
        }
        if (dl > MAX_BPS) {
            g.add("Extended-APN-AMBR-DL", dl / 1000);
        }
    }

    private static void defaultQos(GroupedAvpBuilder g, BearerQos qos) {
        g.add("QoS-Class-Identifier", qos.qci());
        g.addGrouped("Allocation-Retention-Priority", a -> arp(a, qos.arp()));
    }

    private static void arp(GroupedAvpBuilder a, Arp arp) {
        a.add("Priority-Level", (long) arp.priority());
        a.add("Pre-emption-Capability", arp.capability().code());
        a.add("Pre-emption-Vulnerability", arp.vulnerability().code());
    }

    private static void grant(GroupedAvpBuilder g, UsageGrant grant) {
        g.add("Monitoring-Key", grant.key());
        g.addGrouped("Granted-Service-Unit", gsu -> {
            if (grant.total() != null) {
                gsu.add("CC-Total-Octets", grant.total().bytes());
            }
            if (grant.input() != null) {
                gsu.add("CC-Input-Octets", grant.input().bytes());
            }
            if (grant.output() != null) {
                gsu.add("CC-Output-Octets", grant.output().bytes());
            }
            if (grant.time() != null) {
                gsu.add("CC-Time", grant.time().toSeconds());
            }
        });
        g.add("Usage-Monitoring-Level", grant.level().code());
    }

    private static long capped(long bps) {
        return Math.min(bps, MAX_BPS);
    }

    /** The Event-Trigger values of {@code triggers}, for logs. */
    static List<Integer> values(java.util.Collection<EventTrigger> triggers) {
        return triggers.stream().map(EventTrigger::value).toList();
    }
}
