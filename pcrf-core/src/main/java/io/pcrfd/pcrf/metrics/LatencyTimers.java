package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Every latency pcrfd measures is a Prometheus histogram with the same fixed buckets, from
 * 100 µs (an in-memory store call) to 10 s (the default {@code diameter.requestTimeout}), so
 * quantiles can be computed across nodes with {@code histogram_quantile} and every panel reads
 * the same way. Sixteen buckets keep a series per command small and a record cheap (a search
 * over the bounds and an increment).
 */
final class LatencyTimers {
    static final Duration[] BUCKETS = {
        Duration.ofNanos(100_000), Duration.ofNanos(250_000), Duration.ofNanos(500_000), Duration.ofMillis(1),
        Duration.ofNanos(2_500_000), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
    };

    private LatencyTimers() {
    }

    static Timer timer(MeterRegistry registry, String name, String help, Tags tags) {
        return Timer.builder(name).description(help).tags(tags).serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}
