package io.pcrfd.pcrf.node;

import io.pcrfd.store.AfSessionStore;
import io.pcrfd.store.BindingStore;
import io.pcrfd.store.CounterStore;
import io.pcrfd.store.MeterStore;
import io.pcrfd.store.SessionContextStore;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.Store;
import io.pcrfd.store.SySessionStore;
import io.pcrfd.store.TriggerStore;
import io.pcrfd.store.UsageStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link Store} that counts every call made to its sub-stores, by sub-store (named as the
 * {@code store} label of {@code pcrfd_store_operation_*}) and method: an independent count to
 * hold the node's store metrics against. Sy sessions and the lifecycle are passed through
 * uncounted, as the metrics do not meter them.
 */
final class CountingStore implements Store {
    private final Store d;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final SessionStore sessions;
    private final BindingStore bindings;
    private final TriggerStore triggers;
    private final CounterStore counters;
    private final UsageStore usage;
    private final MeterStore meters;
    private final SessionContextStore contexts;
    private final AfSessionStore afSessions;

    CountingStore(Store delegate) {
        d = delegate;
        sessions = counted(SessionStore.class, "sessions", d.sessions());
        bindings = counted(BindingStore.class, "bindings", d.bindings());
        triggers = counted(TriggerStore.class, "triggers", d.triggers());
        counters = counted(CounterStore.class, "counters", d.counters());
        usage = countedUsage(d.usage());
        meters = counted(MeterStore.class, "meters", d.meters());
        contexts = counted(SessionContextStore.class, "contexts", d.contexts());
        afSessions = counted(AfSessionStore.class, "afSessions", d.afSessions());
    }

    /** Calls so far, by {@code store.method}, sorted. */
    Map<String, Long> calls() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Calls so far to the sub-store {@code store} ({@code sessions}, ...; {@code store} for the sweep). */
    long calls(String store) {
        return calls().entrySet().stream().filter(e -> e.getKey().startsWith(store + "."))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private void count(String key) {
        calls.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private <T> T counted(Class<T> type, String name, T target) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                count(name + "." + method.getName());
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }

    /**
     * The usage store, counted like the others; its synchronous form (the in-memory store's) is
     * counted too, {@code addNow} and {@code getNow} under the operations the metrics name
     * {@code add} and {@code get}.
     */
    private UsageStore countedUsage(UsageStore target) {
        UsageStore async = counted(UsageStore.class, "usage", target);
        Optional<UsageStore.Immediate> now = target.immediate().map(i -> immediate(i));
        return new UsageStore() {
            @Override
            public CompletionStage<io.pcrfd.store.model.UsageTotals> add(io.pcrfd.store.model.UsageKey key, long total,
                    long input, long output, long seconds, long expiresAtMillis) {
                return async.add(key, total, input, output, seconds, expiresAtMillis);
            }

            @Override
            public CompletionStage<io.pcrfd.store.model.UsageTotals> get(io.pcrfd.store.model.UsageKey key) {
                return async.get(key);
            }

            @Override
            public CompletionStage<io.pcrfd.store.model.UsageTotals> reset(io.pcrfd.store.model.UsageKey key) {
                return async.reset(key);
            }

            @Override
            public Optional<Immediate> immediate() {
                return now;
            }
        };
    }

    private UsageStore.Immediate immediate(UsageStore.Immediate target) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                count("usage." + method.getName().replace("Now", ""));
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (UsageStore.Immediate) Proxy.newProxyInstance(UsageStore.Immediate.class.getClassLoader(),
                new Class<?>[] {UsageStore.Immediate.class}, h);
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
    public MeterStore meters() {
        return meters;
    }

    @Override
    public SySessionStore sySessions() {
        return d.sySessions();
    }

    @Override
    public SessionContextStore contexts() {
        return contexts;
    }

    @Override
    public AfSessionStore afSessions() {
        return afSessions;
    }

    @Override
    public CompletionStage<Integer> sweep() {
        count("store.sweep");
        return d.sweep();
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
