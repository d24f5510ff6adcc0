package io.pcrfd.pcrf.metrics;

import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Every latency pcrfd measures is a Prometheus histogram with the same fixed buckets, from
 * 100 µs (an in-memory store call) to 10 s (the default {@code diameter.requestTimeout}), so
 * quantiles can be computed across nodes with {@code histogram_quantile} and every panel reads
 * the same way.
 *
 * <p>They are the Prometheus client's own classic histograms, registered in the registry under
 * Micrometer's, not Micrometer timers: a Micrometer timer keeps a decaying maximum that reads the
 * wall clock on every record, which measured five to seven times the cost of the client's
 * {@code observe} (a bucket search and a few adder increments) on the request path. No exemplars.
 */
final class LatencyHistograms {
    static final double[] BUCKETS = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
        0.25, 0.5, 1, 2.5, 5, 10};
    private static final double NANOS_PER_SECOND = 1e9;

    private LatencyHistograms() {
    }

    /** A histogram family in seconds; {@code name} ends in {@code _seconds}. */
    static Histogram register(PrometheusRegistry registry, String name, String help, String... labelNames) {
        return Histogram.builder().name(name).help(help).labelNames(labelNames).classicOnly()
                .classicUpperBounds(BUCKETS).withoutExemplars().register(registry);
    }

    static double seconds(long nanos) {
        return nanos / NANOS_PER_SECOND;
    }
}
