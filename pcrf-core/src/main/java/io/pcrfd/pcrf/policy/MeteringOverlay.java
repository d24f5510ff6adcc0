package io.pcrfd.pcrf.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the subscriber's usage metering adds to a decision (see {@code io.pcrfd.pcrf.metering}):
 * the actions of the crossed thresholds of the active metering policies meant for this
 * network, applied after the plan's rules (so a throttle replaces the plan's QoS), the grants
 * for the metered Monitoring-Keys, already cut so the PCEF reports when the next threshold or
 * the quota is reached, and the next instant the metering changes by itself (a reset, a
 * rating or applicability window).
 *
 * @param actions    actions in threshold order
 * @param grants     usage grants for the metered keys; they replace the plan's grant of the key
 * @param nextChange when the metering changes by itself; empty when never
 */
public record MeteringOverlay(List<Actions> actions, List<UsageGrant> grants, Optional<Instant> nextChange) {
    public static final MeteringOverlay NONE = new MeteringOverlay(List.of(), List.of(), Optional.empty());

    public MeteringOverlay {
        actions = List.copyOf(actions);
        grants = List.copyOf(grants);
    }

    /** The overlay as one more set of actions for the target builder (grants included). */
    Actions asActions() {
        return new Actions(List.of(), List.of(), List.of(), List.of(), List.of(), null, null, grants, List.of(), null,
                null, List.of());
    }
}
