package io.pcrfd.store.memory;

import io.pcrfd.store.AfSessionStore;
import io.pcrfd.store.BindingStore;
import io.pcrfd.store.CounterStore;
import io.pcrfd.store.MeterStore;
import io.pcrfd.store.SessionContextStore;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.SySessionStore;
import io.pcrfd.store.Store;
import io.pcrfd.store.TriggerStore;
import io.pcrfd.store.UsageStore;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.snapshot.SnapshotFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default store: everything in this JVM's heap, every call completed before it returns.
 * Time comes from the injected {@link Clock}, so expiry is testable without waiting.
 */
public final class InMemoryStore implements Store {

    private static final Logger log = LoggerFactory.getLogger(InMemoryStore.class);

    private final Clock clock;
    private final InMemoryStoreOptions options;
    private final InMemoryContextStore contexts;
    private final InMemorySessionStore sessions;
    private final InMemoryBindingStore bindings;
    private final InMemoryTriggerStore triggers;
    private final InMemoryCounterStore counters;
    private final InMemoryUsageStore usage;
    private final InMemoryMeterStore meters;
    private final InMemoryAfSessionStore afSessions;
    private final InMemorySySessionStore sySessions;
    private final ScheduledExecutorService sweeper;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The node identity of the loaded snapshot, null when none was loaded. */
    private volatile NodeState kept;
    /** The Origin-State-Id handed out by {@link #originStateId}, written into the next snapshot. */
    private final AtomicReference<NodeState> announced = new AtomicReference<>();

    /** An Origin-Host and the Origin-State-Id it announced. */
    private record NodeState(String originHost, long originStateId) {
    }

    private InMemoryStore(InMemoryStoreOptions options, Clock clock) {
        this.clock = clock;
        this.options = options;
        this.contexts = new InMemoryContextStore(clock, options.closedMaxEntries(), options.closedPerSubscriber());
        this.sessions = new InMemorySessionStore(clock, contexts);
        this.contexts.attach(sessions);
        this.bindings = new InMemoryBindingStore(clock);
        this.triggers = new InMemoryTriggerStore(clock);
        this.counters = new InMemoryCounterStore(clock);
        this.usage = new InMemoryUsageStore(clock, options.usageMaxEntries());
        this.meters = new InMemoryMeterStore(clock, options.meterMaxSubscribers());
        this.afSessions = new InMemoryAfSessionStore(clock);
        this.sySessions = new InMemorySySessionStore(clock);
        this.sweeper = options.sweepInterval().isZero() ? null : startSweeper(options);
    }

    /**
     * Opens a store, loading the snapshot file when one is configured and present, then renaming
     * it to {@code NAME.loaded} so that a crash later in this run cannot bring it back
     * ({@link SnapshotFile}). Records that expired while the daemon was down are dropped.
     *
     * @throws io.pcrfd.store.snapshot.SnapshotUnreadableException when the snapshot's content
     *         cannot be loaded (truncated, not JSON, another format)
     * @throws io.pcrfd.store.StoreDataException when the snapshot cannot be read or renamed
     */
    public static InMemoryStore open(InMemoryStoreOptions options, Clock clock) {
        InMemoryStore store = new InMemoryStore(options, clock);
        try {
            options.snapshotFile().map(InMemoryStore::snapshotFile).ifPresent(f -> f.take(store::load));
        } catch (RuntimeException e) {
            store.closed.set(true); // nothing to write back: the snapshot was not taken
            store.stopSweeper();
            throw e;
        }
        return store;
    }

    /** The snapshot file at {@code path}, in this store's format. */
    static SnapshotFile<Snapshot> snapshotFile(Path path) {
        return new SnapshotFile<>(path, Snapshot.class, Snapshot.KIND, Snapshot.FORMAT);
    }

    /** A store with default options on the system clock. */
    public static InMemoryStore open() {
        return open(InMemoryStoreOptions.DEFAULTS, Clock.systemUTC());
    }

    @Override
    public SessionStore sessions() {
        return sessions;
    }

    /** AF sessions are not written to the snapshot: an AF re-establishes them (TS 29.214 §4.4.1). */
    @Override
    public AfSessionStore afSessions() {
        return afSessions;
    }

    @Override
    public BindingStore bindings() {
        return bindings;
    }

    @Override
    public TriggerStore triggers() {
        return triggers;
    }

    @Override
    public CounterStore counters() {
        return counters;
    }

    /** In the snapshot, as are counters. */
    @Override
    public UsageStore usage() {
        return usage;
    }

    /** In the snapshot: a graceful restart keeps a subscriber's metered usage. */
    @Override
    public MeterStore meters() {
        return meters;
    }

    /**
     * In the snapshot: after a planned restart, which keeps this node's Origin-State-Id, the OCS
     * still holds these subscriptions and sends its SNRs on them (TS 29.219 §4.5).
     */
    @Override
    public SySessionStore sySessions() {
        return sySessions;
    }

    @Override
    public SessionContextStore contexts() {
        return contexts;
    }

    /**
     * The loaded snapshot's Origin-State-Id when it was written by {@code originHost} (this node
     * kept its state across the restart), else {@code fresh}; the answer goes into the next
     * snapshot.
     */
    @Override
    public CompletionStage<Long> originStateId(String originHost, long fresh) {
        NodeState k = kept;
        long id = k != null && k.originStateId() != 0 && k.originHost().equals(originHost) ? k.originStateId() : fresh;
        announced.set(new NodeState(originHost, id));
        return Completions.now(() -> id);
    }

    @Override
    public CompletionStage<Integer> sweep() {
        return Completions.now(this::sweepNow);
    }

    private int sweepNow() {
        int removed = sessions.sweep() + contexts.sweep() + bindings.sweep() + triggers.sweep()
                + counters.sweep() + usage.sweep() + meters.sweep() + afSessions.sweep()
                + sySessions.sweep();
        logLosses();
        return removed;
    }

    /** One line per kind of record given up since the last sweep to stay within a bound, if any was. */
    private void logLosses() {
        long dropped = contexts.takeDropped();
        if (dropped > 0) {
            log.info("store: {} closed session contexts dropped since the last sweep, oldest first, to stay"
                    + " within closedPerSubscriber {} and closedMaxEntries {}", dropped,
                    options.closedPerSubscriber(), options.closedMaxEntries());
        }
        long evicted = usage.takeEvicted();
        if (evicted > 0) {
            log.warn("store: {} usage totals evicted since the last sweep, those updated longest ago first, to stay"
                    + " within usageMaxEntries {} (their owners' totals restart from zero)", evicted,
                    options.usageMaxEntries());
        }
        long meterEvicted = meters.takeEvicted();
        if (meterEvicted > 0) {
            log.warn("store: {} subscribers' meters evicted since the last sweep, those whose metering period ends"
                    + " first, to stay within meterMaxSubscribers {} (their meters restart from zero)", meterEvicted,
                    options.meterMaxSubscribers());
        }
        long unclaimed = sessions.takeExpiredDropped();
        if (unclaimed > 0) {
            log.warn("store: {} expired sessions dropped since the last sweep without being handed over"
                    + " (nobody takes them; at most {} wait)", unclaimed, ExpiredBacklog.MAX_ENTRIES);
        }
    }

    /** Closed session contexts held (for the cap's tests and for benchmarks). */
    public int closedContextCount() {
        return contexts.size();
    }

    /** Usage totals held, expired ones not swept yet included (for metrics). */
    public int usageEntryCount() {
        return usage.size();
    }

    /** Usage totals evicted at {@code usageMaxEntries} since the store opened (for metrics). */
    public long usageEvictionCount() {
        return usage.evictions();
    }

    /** Subscribers with metering meters held, expired ones not swept yet included (for metrics). */
    public int meterSubscriberCount() {
        return meters.size();
    }

    /** Subscribers' meters evicted at {@code meterMaxSubscribers} since the store opened (for metrics). */
    public long meterEvictionCount() {
        return meters.evictions();
    }

    /** Number of live-or-not-yet-swept IP-CAN sessions held (for metrics and benchmarks). */
    public int sessionCount() {
        return sessions.size();
    }

    /**
     * Sessions on other interfaces linked to the IP-CAN sessions held (S9a, S9, ...), per
     * interface; interfaces with none are absent. Walks every session: for a metrics scrape, not
     * for a request path.
     */
    public Map<LinkedInterface, Integer> linkedSessionCounts() {
        return sessions.linkedCounts();
    }

    /** Expired sessions waiting for {@link SessionStore#takeExpired} (for metrics and tests). */
    public int expiredSessionCount() {
        return sessions.expiredCount();
    }

    /** Keys held by the session indexes (for leak checks in tests). */
    int sessionIndexKeyCount() {
        return sessions.indexKeyCount();
    }

    /** Keys held by the trigger indexes (for leak checks in tests). */
    int triggerIndexKeyCount() {
        return triggers.indexKeyCount();
    }

    /** Stops the sweeper and writes the snapshot when configured. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopSweeper();
        options.snapshotFile().ifPresent(path -> {
            Snapshot s = takeSnapshot();
            snapshotFile(path).write(s);
            log.info("store snapshot written: {} records to {}", s.size(), path);
        });
    }

    private void stopSweeper() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    Snapshot takeSnapshot() {
        Optional<NodeState> node = Optional.ofNullable(announced.get());
        return new Snapshot(Snapshot.KIND, Snapshot.FORMAT, clock.instant(), node.map(NodeState::originHost).orElse(null),
                node.map(NodeState::originStateId).orElse(0L), List.copyOf(sessions.all()),
                List.copyOf(contexts.all()), List.copyOf(bindings.all()),
                List.copyOf(triggers.all()), List.copyOf(counters.all()),
                List.copyOf(meters.all()), usage.all(), sySessions.live());
    }

    private void load(Snapshot s) {
        if (s.originHost() != null) {
            kept = new NodeState(s.originHost(), s.originStateId());
        }
        long expiredSessions = s.sessions().stream().filter(x -> !sessions.restore(x)).count();
        s.closedContexts().forEach(contexts::put);
        s.bindings().forEach(bindings::restore);
        s.triggers().forEach(triggers::restore);
        restoreCountersAndUsage(s);
        // earliest deadline first: past meterMaxSubscribers the records evicted are those a full store would evict
        s.meters().stream().sorted(Comparator.comparing(MeterEntry::expiresAt)).forEach(meters::restore);
        s.sySessions().forEach(sySessions::restore);
        int expired = sweepNow();
        log.info("store snapshot loaded: {} records written at {}, {} expired since ({} sessions among them,"
                + " to be handed over as expired)", s.size(), s.writtenAt(), expired + expiredSessions,
                sessions.expiredCount());
    }

    /** A snapshot of the previous version keeps usage as four counters per Monitoring-Key: folded here. */
    private void restoreCountersAndUsage(Snapshot s) {
        if (s.legacyUsage()) {
            LegacyUsageCounters.Folded folded = LegacyUsageCounters.fold(s.counters());
            folded.counters().forEach(counters::restore);
            folded.usage().forEach(usage::restore);
        } else {
            s.counters().forEach(counters::restore);
            s.usage().forEach(usage::restore);
        }
    }

    private ScheduledExecutorService startSweeper(InMemoryStoreOptions opts) {
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-sweeper");
            t.setDaemon(true);
            return t;
        });
        long ms = opts.sweepInterval().toMillis();
        ses.scheduleWithFixedDelay(this::sweepLogged, ms, ms, TimeUnit.MILLISECONDS);
        return ses;
    }

    /** A scheduled task that throws is silently cancelled; log the failure and keep sweeping. */
    private void sweepLogged() {
        try {
            int n = sweepNow();
            if (n > 0) {
                log.debug("store sweep removed {} expired records", n);
            }
        } catch (RuntimeException e) {
            log.error("store sweep failed", e);
        }
    }
}
