package io.pcrfd.pcrf.node;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pcrfd.pcrf.establishment.EstablishmentCounters;
import io.pcrfd.pcrf.establishment.EstablishmentModule;
import io.pcrfd.pcrf.gx.GxApplication;
import io.pcrfd.pcrf.gx.GxPolicyPusher;
import io.pcrfd.pcrf.gx.SessionEndCounters;
import io.pcrfd.pcrf.metrics.NodeMetrics;
import io.pcrfd.store.Store;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.model.LinkedInterface;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * What the PCRF role adds to the node's metrics, read when scraped: sessions per application,
 * establishment trigger outcomes, Gx RAR pushes by reason and outcome, Gx sessions ended other
 * than by CCR-T, policy reloads, and the in-memory store's usage totals held and evicted at
 * {@code store.usageMaxEntries} (an eviction restarts an owner's running total from zero), and
 * the subscribers' metering meters held and evicted at {@code store.meterMaxSubscribers} (an
 * eviction restarts that subscriber's meters from zero).
 *
 * <p>Session gauges need a count the store can give cheaply: the in-memory store's; with Redis
 * the sessions are shared by every node and counting them is a scan, so only the V-PCRF's own
 * S9 sessions (kept in this process) are shown.
 */
final class PcrfMetrics {
    private PcrfMetrics() {
    }

    static void bind(NodeMetrics metrics, Store store, GxApplication gx, EstablishmentModule establishment,
                     PolicyHolder policy) {
        MeterRegistry r = metrics.registry();
        sessions(metrics, store, establishment);
        usageTotals(r, store);
        meters(r, store);
        triggers(r, establishment.counters());
        rarPushes(r, gx.pusher());
        sessionEnds(r, gx.service().endCounters());
        FunctionCounter.builder("pcrfd.policy.reloads", policy, PolicyHolder::reloadCount)
                .description("Policy reloads, by outcome (failure: a bad file, the old policy kept)")
                .tag("outcome", "success").register(r);
        FunctionCounter.builder("pcrfd.policy.reloads", policy, PolicyHolder::refusedReloadCount)
                .description("Policy reloads, by outcome (failure: a bad file, the old policy kept)")
                .tag("outcome", "failure").register(r);
    }

    private static void sessions(NodeMetrics m, Store store, EstablishmentModule establishment) {
        if (store instanceof InMemoryStore memory) {
            LinkedCounts linked = new LinkedCounts(memory);
            m.sessions("Gx", memory, InMemoryStore::sessionCount);
            m.sessions("S9a", linked, l -> l.get(LinkedInterface.S9A));
            m.sessions("S9", linked, l -> l.get(LinkedInterface.S9) + establishment.visitedS9().count());
        } else {
            m.sessions("S9", establishment, e -> e.visitedS9().count());
        }
    }

    /** Read when scraped: a sum over the table's 64 segments, nothing on the request path. */
    private static void usageTotals(MeterRegistry r, Store store) {
        if (store instanceof InMemoryStore memory) {
            Gauge.builder("pcrfd.store.usage.entries", memory, InMemoryStore::usageEntryCount)
                    .description("Usage totals (owner and Monitoring-Key) the in-memory store holds").register(r);
            FunctionCounter.builder("pcrfd.store.usage.evictions", memory, InMemoryStore::usageEvictionCount)
                    .description("Usage totals evicted at store.usageMaxEntries (the owner's total restarts from zero)")
                    .register(r);
        }
    }

    /** Read when scraped: the meter map's size and a counter, nothing on the request path. */
    private static void meters(MeterRegistry r, Store store) {
        if (store instanceof InMemoryStore memory) {
            Gauge.builder("pcrfd.store.meter.subscribers", memory, InMemoryStore::meterSubscriberCount)
                    .description("Subscribers whose metering meters the in-memory store holds").register(r);
            FunctionCounter.builder("pcrfd.store.meter.evictions", memory, InMemoryStore::meterEvictionCount)
                    .description("Subscribers' meters evicted at store.meterMaxSubscribers (they restart from zero)")
                    .register(r);
        }
    }

    private static void triggers(MeterRegistry r, EstablishmentCounters c) {
        Map<String, ToLongFunction<EstablishmentCounters.Snapshot>> outcomes = Map.of(
                "sent", EstablishmentCounters.Snapshot::sent, "retried", EstablishmentCounters.Snapshot::retried,
                "suppressed", EstablishmentCounters.Snapshot::suppressed,
                "matched", EstablishmentCounters.Snapshot::matched,
                "failed_timeout", EstablishmentCounters.Snapshot::failedTimeout,
                "failed_rejected", EstablishmentCounters.Snapshot::failedRejected);
        outcomes.forEach((outcome, f) -> FunctionCounter.builder("pcrfd.establishment.triggers", c,
                        x -> f.applyAsLong(x.snapshot()))
                .description("Establishment triggers (TER, or the CCR/AAR variants) by what came of them")
                .tag("outcome", outcome).register(r));
        FunctionCounter.builder("pcrfd.establishment.unmatched.requests", c, x -> x.snapshot().unmatchedRequests())
                .description("CCR-Is from establishment peers that matched no pending trigger").register(r);
    }

    private static void rarPushes(MeterRegistry r, GxPolicyPusher pusher) {
        for (GxPolicyPusher.Reason reason : GxPolicyPusher.Reason.values()) {
            for (GxPolicyPusher.Outcome outcome : GxPolicyPusher.Outcome.values()) {
                FunctionCounter.builder("pcrfd.gx.policy.pushes", pusher, p -> p.outcomeCount(reason, outcome))
                        .description("Policy pushes to Gx sessions (RAR when something changed), by reason and outcome")
                        .tag("reason", lower(reason)).tag("outcome", lower(outcome)).register(r);
            }
        }
    }

    private static void sessionEnds(MeterRegistry r, SessionEndCounters c) {
        Map<String, ToLongFunction<SessionEndCounters.Snapshot>> reasons = Map.of(
                "evicted", SessionEndCounters.Snapshot::evicted, "purged", SessionEndCounters.Snapshot::purged,
                "inactive", SessionEndCounters.Snapshot::inactive, "expired", SessionEndCounters.Snapshot::expired);
        reasons.forEach((reason, f) -> FunctionCounter.builder("pcrfd.gx.sessions.ended", c,
                        x -> f.applyAsLong(x.snapshot()))
                .description("Gx sessions ended without a CCR-T, by cause (see the README, Session hygiene)")
                .tag("reason", reason).register(r));
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The in-memory store's linked sessions per interface, counted at most once a second. */
    private static final class LinkedCounts {
        private final InMemoryStore store;
        private Map<LinkedInterface, Integer> counts = Map.of();
        private long countedAt;

        LinkedCounts(InMemoryStore store) {
            this.store = store;
        }

        synchronized double get(LinkedInterface iface) {
            long now = System.nanoTime();
            if (countedAt == 0 || now - countedAt > 1_000_000_000L) {
                counts = store.linkedSessionCounts();
                countedAt = now;
            }
            return counts.getOrDefault(iface, 0);
        }
    }
}
