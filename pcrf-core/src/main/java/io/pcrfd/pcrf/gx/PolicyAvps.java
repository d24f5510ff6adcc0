package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpValues;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.pcrf.policy.BearerQos;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.EventTrigger;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.UsageGrant;
import io.pcrfd.pcrf.qos.QosAvps;
import io.pcrfd.pcrf.qos.UsageMonitoringAvps;
import java.time.Instant;
import java.util.List;

/**
 * Writes a {@link PolicyUpdate} as Gx AVPs (TS 29.212 §5.3), the same for CCA (§5.6.3) and
 * RAR (§5.6.4). All installs go in one Charging-Rule-Install and all removals in one
 * Charging-Rule-Remove, which the grammar allows and gateways handle best. QoS-Information,
 * APN-AMBR and Default-EPS-Bearer-QoS contents come from {@link QosAvps}, as on S9a.
 *
 * <p>Every AVP here but Revalidation-Time (an instant) depends only on a value of the plan or
 * of the session's grants, which most answers repeat, so each is built once per distinct value
 * and shared ({@link SharedAvps}); the octets are the same as a fresh build's.
 */
final class PolicyAvps {
    private final SharedAvps<EventTrigger> triggers;
    private final SharedAvps<List<PccRule>> removes;
    private final SharedAvps<List<PccRule>> installs;
    private final SharedAvps<BitratePair> ambrs;
    private final SharedAvps<BearerQos> defaultQos;
    private final SharedAvps<UsageGrant> grants;
    private final SharedAvps<String> stops;
    private final AvpDefinition revalidation;
    private volatile Revalidation lastRevalidation;

    private record Revalidation(long second, Avp avp) {
    }

    PolicyAvps(Dictionary d) {
        AvpDefinition trigger = d.definition(Ts29212.EVENT_TRIGGER);
        revalidation = d.definition(Ts29212.REVALIDATION_TIME);
        triggers = new SharedAvps<>(t -> Avp.of(trigger, AvpValues.encode(trigger, t.value())));
        removes = new SharedAvps<>(rs -> GroupedAvpBuilder.build(d, Ts29212.CHARGING_RULE_REMOVE,
                g -> rs.forEach(r -> ruleRef(g, r))));
        installs = new SharedAvps<>(rs -> GroupedAvpBuilder.build(d, Ts29212.CHARGING_RULE_INSTALL,
                g -> rs.forEach(r -> install(g, r))));
        ambrs = new SharedAvps<>(a -> GroupedAvpBuilder.build(d, Ts29212.QOS_INFORMATION, g -> QosAvps.apnAmbr(g, a)));
        defaultQos = new SharedAvps<>(q -> GroupedAvpBuilder.build(d, Ts29212.DEFAULT_EPS_BEARER_QOS,
                g -> QosAvps.defaultBearer(g, q)));
        grants = new SharedAvps<>(u -> GroupedAvpBuilder.build(d, Ts29212.USAGE_MONITORING_INFORMATION,
                g -> UsageMonitoringAvps.grant(g, u)));
        stops = new SharedAvps<>(key -> GroupedAvpBuilder.build(d, Ts29212.USAGE_MONITORING_INFORMATION, g -> g
                .add(Ts29212.MONITORING_KEY, key)
                .add(Ts29212.USAGE_MONITORING_SUPPORT, 0)));
    }

    /** How many top-level AVPs {@link #write} adds for {@code u}. */
    static int count(PolicyUpdate u) {
        return (u.eventTriggers() == null ? 0 : u.eventTriggers().size())
                + (u.rules().remove().isEmpty() ? 0 : 1) + (u.rules().install().isEmpty() ? 0 : 1)
                + (u.ambr() == null ? 0 : 1) + (u.revalidationTime() == null ? 0 : 1) + (u.defaultQos() == null ? 0 : 1)
                + u.grants().size() + u.stopMonitoring().size();
    }

    /** Adds the AVPs of {@code u} to {@code b} (a RAR). */
    void write(MessageBuilder b, PolicyUpdate u) {
        Avp[] avps = new Avp[count(u)];
        write(avps, 0, u);
        for (Avp a : avps) {
            b.add(a);
        }
    }

    /**
     * Puts the {@link #count} AVPs of {@code u} into {@code out} from index {@code at} on, in the
     * order of a CCA or RAR: Event-Trigger, Charging-Rule-Remove, -Install, QoS, monitoring.
     */
    void write(Avp[] out, int at, PolicyUpdate u) {
        int i = at;
        if (u.eventTriggers() != null) {
            for (EventTrigger t : u.eventTriggers()) {
                out[i++] = triggers.of(t);
            }
        }
        if (!u.rules().remove().isEmpty()) {
            out[i++] = removes.of(u.rules().remove());
        }
        if (!u.rules().install().isEmpty()) {
            out[i++] = installs.of(u.rules().install());
        }
        i = qos(out, i, u);
        monitoring(out, i, u);
    }

    private int qos(Avp[] out, int at, PolicyUpdate u) {
        int i = at;
        if (u.ambr() != null) {
            out[i++] = ambrs.of(u.ambr());
        }
        if (u.revalidationTime() != null) {
            out[i++] = revalidationTime(u.revalidationTime());
        }
        if (u.defaultQos() != null) {
            out[i++] = defaultQos.of(u.defaultQos());
        }
        return i;
    }

    private void monitoring(Avp[] out, int at, PolicyUpdate u) {
        int i = at;
        List<UsageGrant> granted = u.grants();
        for (int k = 0; k < granted.size(); k++) {
            out[i++] = grants.of(granted.get(k));
        }
        List<String> stopped = u.stopMonitoring();
        for (int k = 0; k < stopped.size(); k++) {
            out[i++] = stops.of(stopped.get(k));
        }
    }

    /**
     * Revalidation-Time (Time: whole NTP seconds, RFC 6733 §4.3.1) of {@code at}: answers of the
     * same second share the last one built.
     */
    private Avp revalidationTime(Instant at) {
        Revalidation last = lastRevalidation;
        if (last == null || last.second != at.getEpochSecond()) {
            last = new Revalidation(at.getEpochSecond(), Avp.of(revalidation,
                    AvpValues.encode(revalidation, Instant.ofEpochSecond(at.getEpochSecond()))));
            lastRevalidation = last;
        }
        return last.avp;
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
