package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.store.Store;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The metrics of one running node, in one Prometheus registry of its own (two nodes in one
 * process, as in {@code pcrfd demo} or the tests, do not mix their counts): Diameter traffic,
 * the peer layer, the store, what the role adds, and the JVM (memory, GC, heap pressure, threads,
 * classes, CPU, uptime, file descriptors: Micrometer's binders; not the JIT's compilation time,
 * whose name Micrometer gives in milliseconds, against the Prometheus naming rules). {@link #scrape()} is the
 * body of {@code GET /metrics}.
 */
public final class NodeMetrics implements AutoCloseable {
    /** The Prometheus text exposition format, version 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Both listen to JVM notifications until closed. */
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final JvmHeapPressureMetrics heapPressure = new JvmHeapPressureMetrics();

    private NodeMetrics() {
    }

    /** A registry with the JVM's metrics bound. */
    public static NodeMetrics create() {
        NodeMetrics m = new NodeMetrics();
        m.bindJvm();
        return m;
    }

    private void bindJvm() {
        // Two of Micrometer's names break the Prometheus naming rules (promtool check metrics):
        // process.cpu.time counts nanoseconds, and system.cpu.count is a gauge ending in _count.
        // The CPU time is published under the name every Prometheus client library uses instead.
        registry.config().meterFilter(MeterFilter.deny(id -> id.getName().equals("process.cpu.time")
                || id.getName().equals("system.cpu.count")));
        FunctionCounter.builder("process.cpu", ManagementFactory.getOperatingSystemMXBean(), NodeMetrics::cpuSeconds)
                .baseUnit("seconds").description("CPU time used by this process").register(registry);
        List<MeterBinder> binders = List.of(new JvmMemoryMetrics(), new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new JvmInfoMetrics(), new ProcessorMetrics(), new UptimeMetrics(),
                new FileDescriptorMetrics());
        binders.forEach(b -> b.bindTo(registry));
        gc.bindTo(registry);
        heapPressure.bindTo(registry);
    }

    private static double cpuSeconds(OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** Where the role registers meters of its own. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Diameter traffic by application and command; plug it into the dispatcher and around sends. */
    public DiameterMetrics diameter(Dictionary dictionary) {
        return new DiameterMetrics(registry, registry.getPrometheusRegistry(), dictionary);
    }

    /** {@code store} with every operation timed and every failure counted. */
    public Store meter(Store store) {
        return new MeteredStore(store, registry, registry.getPrometheusRegistry());
    }

    /** The peer layer of {@code node}; {@code configuredPeers} (hosts) get a series each. */
    public void bindPeers(DiameterNode node, Collection<String> configuredPeers) {
        PeerMetrics.bind(registry, node, configuredPeers);
    }

    /**
     * {@code pcrfd_sessions{application}}: the live sessions of one application, read from
     * {@code source} when scraped.
     */
    public <T> void sessions(String application, T source, ToDoubleFunction<T> count) {
        Gauge.builder("pcrfd.sessions", source, count).tag("application", application).strongReference(true)
                .description("Live sessions held by this node, by application (PCRF: Gx IP-CAN sessions, the S9a "
                        + "and S9 sessions linked to them, the S9 sessions it opened as V-PCRF; BPCF: its S9a sessions)")
                .register(registry);
    }

    /** Everything, in the Prometheus text format ({@link #CONTENT_TYPE}). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        heapPressure.close();
        registry.close();
    }
}
