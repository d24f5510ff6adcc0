package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.pcrfd.store.AfSessionStore;
import io.pcrfd.store.BindingStore;
import io.pcrfd.store.CounterStore;
import io.pcrfd.store.SessionContextStore;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.Store;
import io.pcrfd.store.TriggerStore;
import io.pcrfd.store.UsageStore;
import java.util.concurrent.CompletionStage;

/**
 * A {@link Store} whose operations are timed and whose failures are counted, by sub-store and
 * operation ({@code pcrfd_store_operation_duration_seconds{store="sessions",operation="get"}}).
 * The lifecycle (close, the Origin-State-Id) goes straight to the store underneath.
 */
final class MeteredStore implements Store {
    private final Store d;
    private final SessionStore sessions;
    private final BindingStore bindings;
    private final TriggerStore triggers;
    private final CounterStore counters;
    private final UsageStore usage;
    private final io.pcrfd.store.MeterStore meters;
    private final SessionContextStore contexts;
    private final AfSessionStore afSessions;
    private final StoreOperation sweep;

    /**
     * @param r          Micrometer's registry, for the error counters
     * @param histograms the Prometheus registry under it, for the latency histogram
     */
    MeteredStore(Store delegate, MeterRegistry r, PrometheusRegistry histograms) {
        LatencyHistogram durations = StoreOperation.durations(histograms);
        this.d = delegate;
        this.sessions = new MeteredSessionStore(delegate.sessions(), r, durations);
        this.bindings = MeteredSubStores.bindings(delegate.bindings(), r, durations);
        this.triggers = MeteredSubStores.triggers(delegate.triggers(), r, durations);
        this.counters = MeteredSubStores.counters(delegate.counters(), r, durations);
        this.usage = new MeteredUsageStore(delegate.usage(), r, durations);
        this.meters = MeteredSubStores.meters(delegate.meters(), r, durations);
        this.contexts = MeteredSubStores.contexts(delegate.contexts(), r, durations);
        this.afSessions = MeteredSubStores.afSessions(delegate.afSessions(), r, durations);
        this.sweep = new StoreOperation(r, durations, "store", "sweep");
    }

    @Override
    public SessionStore sessions() {
        return sessions;
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

    @Override
    public UsageStore usage() {
        return usage;
    }

    @Override
    public io.pcrfd.store.MeterStore meters() {
        return meters;
    }

    /** Not metered: Sy store calls follow Sy traffic, which the outbound Sy metrics count. */
    @Override
    public io.pcrfd.store.SySessionStore sySessions() {
        return d.sySessions();
    }

    @Override
    public AfSessionStore afSessions() {
        return afSessions;
    }

    @Override
    public SessionContextStore contexts() {
        return contexts;
    }

    @Override
    public CompletionStage<Integer> sweep() {
        return sweep.time(d.sweep());
    }

    @Override
    public CompletionStage<Long> originStateId(String originHost, long fresh) {
        return d.originStateId(originHost, fresh);
    }

    @Override
    public void close() {
        d.close();
    }
}
