package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.MeteringOverlay;
import io.pcrfd.pcrf.policy.MeteringThreshold;
import io.pcrfd.pcrf.policy.Policy;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.Situation;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.store.MeterStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime of metering: reads a subscriber's meters from the store, lets {@link Metering}
 * compute, and writes a report's meters as one atomic batch with the report's identity (so a
 * retransmission counts once). The plan follows the current policy engine: a policy reload
 * applies to the next report. With no metering section this does nothing and reads nothing.
 */
public final class UsageMeters {
    private static final Logger LOG = LoggerFactory.getLogger(UsageMeters.class);
    /** How long after its period's end a subscriber's meters are kept (for the REST view of the last period). */
    static final Duration KEEP_AFTER_PERIOD = Duration.ofDays(7);
    /** How long the meters of a policy that never resets are kept after the last report. */
    static final Duration KEEP_NEVER_RESET = Duration.ofDays(400);

    private final MeterStore store;
    private final Supplier<PolicyEngine> engine;
    private final LongAdder notified = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private volatile Cached cached;

    private record Cached(Policy policy, Metering metering) {
    }

    public UsageMeters(MeterStore store, Supplier<PolicyEngine> engine) {
        this.store = store;
        this.engine = engine;
    }

    /** The metering of the current policy (built once per loaded policy). */
    public Metering metering() {
        PolicyEngine e = engine.get();
        Cached c = cached;
        if (c == null || c.policy() != e.policy()) {
            c = new Cached(e.policy(), new Metering(MeteringPlan.of(e.policy().metering()), e.applicability()));
            cached = c;
        }
        return c.metering();
    }

    /** True when the policy has metering policies. */
    public boolean enabled() {
        return !metering().plan().isEmpty();
    }

    /** Threshold crossings logged because their threshold says {@code notify}. */
    public long notifiedCount() {
        return notified.sum();
    }

    /** Reports whose identity had been applied already (retransmissions), not counted again. */
    public long duplicateCount() {
        return duplicates.sum();
    }

    /** The subscriber's meters. */
    public CompletionStage<Map<String, Long>> meters(String subscriber) {
        return enabled() ? store.get(subscriber) : CompletableFuture.completedFuture(Map.of());
    }

    /**
     * Meters {@code reports} from {@code network} for {@code subscriber} in situation {@code s}
     * (the linked IP-CAN session's), as one batch identified by {@code reportId}; completes with
     * the meters after it.
     */
    public CompletionStage<Map<String, Long>> record(String subscriber, String reportId, Situation s, Network network,
                                                     List<UsageReport> reports) {
        Metering m = metering();
        if (m.plan().isEmpty() || reports.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Situation seen = Metering.seenFrom(s, network);
        return store.get(subscriber).thenCompose(before -> {
            Map<String, Long> deltas = new HashMap<>();
            for (UsageReport r : reports) {
                m.charge(seen, network, r.monitoringKey(), r.used().total(), before)
                        .forEach((k, v) -> deltas.merge(k, v, Math::addExact));
            }
            if (deltas.isEmpty()) {
                return CompletableFuture.completedFuture(before);
            }
            return store.add(subscriber, reportId, deltas, expiry(m, s)).thenApply(applied -> {
                if (!applied.applied()) {
                    duplicates.increment();
                    LOG.info("usage report {} of {} was metered already: not counted again", reportId, subscriber);
                }
                notifyCrossings(m, seen, subscriber, network, before, applied.meters());
                return applied.meters();
            });
        });
    }

    /** What metering adds to a decision for {@code subscriber}'s session on {@code network}. */
    public CompletionStage<MeteringOverlay> overlay(String subscriber, Situation s, Network network) {
        Metering m = metering();
        if (m.plan().isEmpty()) {
            return CompletableFuture.completedFuture(MeteringOverlay.NONE);
        }
        return store.get(subscriber).thenApply(meters -> m.overlay(Metering.seenFrom(s, network), network, meters));
    }

    /** As {@link #overlay(String, Situation, Network)} from meters already read (those {@link #record} returned). */
    public MeteringOverlay overlay(Situation s, Network network, Map<String, Long> meters) {
        Metering m = metering();
        return m.plan().isEmpty() ? MeteringOverlay.NONE : m.overlay(Metering.seenFrom(s, network), network, meters);
    }


    /** The REST view of every metering policy for {@code subscriber} in situation {@code s}. */
    public CompletionStage<List<MeteringView.PolicyView>> view(String subscriber, Situation s) {
        Metering m = metering();
        return meters(subscriber).thenApply(meters -> MeteringView.of(m, Metering.seenFrom(s, Network.of(s.context())),
                meters));
    }

    /** An operator reset: removes {@code policy}'s meters (every policy's when empty), every period. */
    public CompletionStage<Integer> reset(String subscriber, Optional<String> policy) {
        LOG.info("metering: operator reset of {} for {}", policy.orElse("every policy"), subscriber);
        return store.reset(subscriber, policy.map(PolicyMeter::prefix).orElse(""));
    }

    private void notifyCrossings(Metering m, Situation seen, String subscriber, Network network,
                                 Map<String, Long> before, Map<String, Long> after) {
        m.newlyCrossed(seen, before, after).forEach((policy, thresholds) -> {
            for (MeteringThreshold t : thresholds) {
                if (t.notification()) {
                    notified.increment();
                    LOG.info("metering: {} crossed threshold {} of {} (usage reported by the {} network)", subscriber,
                            t.at(), policy, network.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
    }

    private static Instant expiry(Metering m, Situation s) {
        Instant latest = s.now();
        for (MeteringPolicy p : m.plan().policies().values()) {
            Instant next = Periods.next(p.reset(), s.now(), s.zone());
            Instant keep = next == null ? s.now().plus(KEEP_NEVER_RESET) : next.plus(KEEP_AFTER_PERIOD);
            latest = keep.isAfter(latest) ? keep : latest;
        }
        return latest;
    }
}
