package io.pcrfd.pcrf.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The latency histograms as Prometheus scrapes them: classic cumulative buckets whose upper
 * bounds are inclusive ({@code le}), the sum in seconds, the count equal to the {@code +Inf}
 * bucket, nothing lost when several threads record at once.
 */
class LatencyHistogramTest {
    private static final String NAME = "pcrfd_test_duration_seconds";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final LatencyHistogram family = LatencyHistogram.register(registry.getPrometheusRegistry(), NAME,
            "A test latency", "store", "operation");
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
        registry.close();
    }

    @Test
    void boundsAreInclusiveAndTheSumIsInSeconds() {
        LatencyHistogram.Series s = family.series("sessions", "get");
        s.record(100_000); // exactly 100 µs: the first bucket (le is "less than or equal")
        s.record(100_001);
        s.record(11_000_000_000L); // past the last bound: +Inf only
        s.recordAtOnce();
        String labels = "{operation=\"get\",store=\"sessions\"";
        assertThat(scraped(NAME + "_bucket" + labels + ",le=\"1.0E-4\"}")).isEqualTo(2);
        assertThat(scraped(NAME + "_bucket" + labels + ",le=\"2.5E-4\"}")).isEqualTo(3);
        assertThat(scraped(NAME + "_bucket" + labels + ",le=\"10.0\"}")).isEqualTo(3);
        assertThat(scraped(NAME + "_bucket" + labels + ",le=\"+Inf\"}")).isEqualTo(4);
        assertThat(scraped(NAME + "_count" + labels + "}")).isEqualTo(4);
        assertThat(scraped(NAME + "_sum" + labels + "}")).isEqualTo(11.000200001);
        assertThat(s.count()).isEqualTo(4);
    }

    @Test
    void aSeriesIsExportedFromItsCreationWithTheHelpAndType() {
        family.series("counters", "add");
        String body = registry.scrape();
        assertThat(body).contains("# HELP " + NAME + " A test latency\n# TYPE " + NAME + " histogram\n");
        assertThat(scraped(NAME + "_count{operation=\"add\",store=\"counters\"}")).isZero();
        assertThatThrownBy(() -> family.series("counters")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameLabelValuesGiveTheSameSeriesAndOneExportedSeries() {
        LatencyHistogram.Series first = family.series("sessions", "find");
        assertThat(family.series("sessions", "find")).isSameAs(first);
        first.recordAtOnce();
        String body = registry.scrape();
        assertThat(body.lines().filter(l -> l.startsWith(NAME + "_count{operation=\"find\",store=\"sessions\"}")))
                .containsExactly(NAME + "_count{operation=\"find\",store=\"sessions\"} 1");
    }

    @Test
    void recordsFromSeveralThreadsAtOnceAreAllCounted() throws Exception {
        LatencyHistogram.Series s = family.series("sessions", "update");
        int threads = 4;
        int each = 50_000;
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    if (i % 2 == 0) {
                        s.recordAtOnce();
                    } else {
                        s.record(1_000); // 1 µs
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        String labels = "{operation=\"update\",store=\"sessions\"";
        assertThat(scraped(NAME + "_count" + labels + "}")).isEqualTo(threads * each);
        assertThat(scraped(NAME + "_bucket" + labels + ",le=\"1.0E-4\"}")).isEqualTo(threads * each);
        assertThat(scraped(NAME + "_sum" + labels + "}")).isEqualTo(threads * each / 2 * 1e-6, org.assertj.core.data
                .Offset.offset(1e-9));
    }

    /** The value of one series of the scrape, -1 when absent. */
    private double scraped(String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(registry.scrape());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
