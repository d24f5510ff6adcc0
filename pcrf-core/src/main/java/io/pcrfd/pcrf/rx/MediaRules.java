package io.pcrfd.pcrf.rx;

import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowStatus;
import io.pcrfd.pcrf.qos.MediaQos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dynamic PCC rules of an AF session: one per media component (TS 29.213 §6.3 maps a media
 * component, its RTCP flows included, to one set of authorised QoS), named
 * {@code rx:<AF Session-Id>:<Media-Component-Number>} so that a rule the PCEF reports failed
 * leads back to its AF session, with the flows of all its sub-components and the QoS of
 * {@link MediaQos}.
 *
 * <ul>
 *   <li>Flow-Status (TS 29.214 §5.3.11): the sub-components' when they agree, else the
 *       component's, else ENABLED; REMOVED takes the component out (no rule). With preliminary
 *       service information (Service-Info-Status PRELIMINARY, §4.4.7) the rule is installed with
 *       its gates closed (DISABLED): resources are reserved early, traffic flows once the final
 *       information comes.</li>
 *   <li>A component without flows (no Flow-Description yet) gets no rule.</li>
 *   <li>Precedence 100 + Media-Component-Number (capped), so the AF's rules are evaluated before
 *       dynamic rules a policy gives a precedence above 100 (Precedence: lower is evaluated first).</li>
 * </ul>
 */
public final class MediaRules {
    static final String PREFIX = "rx:";
    private static final long BASE_PRECEDENCE = 100;

    private MediaRules() {
    }

    /** The rules for {@code media} of the AF session {@code afSessionId}. */
    public static List<ChargingRuleDefinition> derive(String afSessionId, List<MediaComponent> media,
                                                      boolean preliminary) {
        List<ChargingRuleDefinition> out = new ArrayList<>(media.size());
        for (MediaComponent c : media) {
            rule(afSessionId, c, preliminary).ifPresent(out::add);
        }
        return out;
    }

    /** The AF Session-Id a rule of {@link #derive} belongs to; empty for any other rule name. */
    public static Optional<String> afSessionOf(String ruleName) {
        int last = ruleName.lastIndexOf(':');
        return ruleName.startsWith(PREFIX) && last > PREFIX.length()
                ? Optional.of(ruleName.substring(PREFIX.length(), last)) : Optional.empty();
    }

    static String name(String afSessionId, long componentNumber) {
        return PREFIX + afSessionId + ":" + componentNumber;
    }

    private static Optional<ChargingRuleDefinition> rule(String afSessionId, MediaComponent c, boolean preliminary) {
        List<Flow> flows = new ArrayList<>();
        c.subComponents().forEach(s -> flows.addAll(s.flows()));
        FlowStatus status = preliminary ? FlowStatus.DISABLED : status(c);
        if (flows.isEmpty() || status == FlowStatus.REMOVED) {
            return Optional.empty();
        }
        boolean signalling = !c.subComponents().isEmpty()
                && c.subComponents().stream().allMatch(MediaComponent.SubComponent::signalling);
        MediaQos q = MediaQos.of(c.kind(), signalling, c.maxUl(), c.maxDl(), c.rrBandwidth(), c.rsBandwidth());
        return Optional.of(new ChargingRuleDefinition(name(afSessionId, c.number()), flows, q.qci(), q.arp(), q.mbr(),
                q.gbr(), Math.min(BASE_PRECEDENCE + c.number(), 0xFFFF_FFFFL), null, null, null, null, null, status));
    }

    private static FlowStatus status(MediaComponent c) {
        List<FlowStatus> subs = c.subComponents().stream().map(MediaComponent.SubComponent::flowStatus)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (subs.size() == 1) {
            return subs.get(0);
        }
        return c.flowStatus() != null ? c.flowStatus() : FlowStatus.ENABLED;
    }
}
