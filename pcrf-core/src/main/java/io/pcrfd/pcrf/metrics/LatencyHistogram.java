package io.pcrfd.pcrf.metrics;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.Exemplars;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One family of latency histograms in seconds ({@code pcrfd_..._seconds}), a classic Prometheus
 * histogram ({@code _bucket}, {@code _count}, {@code _sum}) with the same fixed buckets for every
 * latency pcrfd measures, from 100 µs (an in-memory store call) to 10 s (the default {@code
 * diameter.requestTimeout}), so quantiles can be computed across nodes with {@code
 * histogram_quantile} and every panel reads the same way.
 *
 * <p>Recorded here rather than with the Prometheus client's {@code Histogram}, whose {@code
 * observe} costs an atomic increment of its scrape buffer's count, the bucket's adder, a {@code
 * DoubleAdder} for the sum and an adder for the count, plus its native-histogram bookkeeping. A
 * {@link Series} keeps only what the text format shows, per thread stripe: a count per bucket
 * and the sum in nanoseconds; the count is the buckets added up when scraped. A call complete at
 * once (an in-memory store call) is one atomic increment: the first bucket, nothing added to the
 * sum. A timed record is two, both in the recording thread's own stripe.
 * The scrape shows what the client's classic histogram showed: the same names, help, labels and
 * buckets. (Nor are they Micrometer timers, whose decaying maximum reads the wall clock on every
 * record.)
 */
final class LatencyHistogram implements Collector {
    /** Upper bounds in seconds, then +Inf, as exported. */
    static final double[] BUCKETS = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
        0.25, 0.5, 1, 2.5, 5, 10, Double.POSITIVE_INFINITY};
    /** The same bounds in nanoseconds (the last, +Inf, is never compared). */
    private static final long[] BOUNDS_NANOS = nanos(BUCKETS);
    private static final double NANOS_PER_SECOND = 1e9;

    private final MetricMetadata metadata;
    private final String[] labelNames;
    private final List<Series> series = new CopyOnWriteArrayList<>();

    private LatencyHistogram(String name, String help, String[] labelNames) {
        this.metadata = new MetricMetadata(name, help);
        this.labelNames = labelNames.clone();
    }

    /** A histogram family in seconds, registered in {@code registry}; {@code name} ends in {@code _seconds}. */
    static LatencyHistogram register(PrometheusRegistry registry, String name, String help, String... labelNames) {
        LatencyHistogram h = new LatencyHistogram(name, help, labelNames);
        registry.register(h);
        return h;
    }

    /**
     * The series of these label values, exported from its creation on; the same one for the same
     * values (as the same Micrometer meter is for the same tags: a scrape may not hold a label set
     * twice). Meant to be called when meters are built, not per record.
     */
    synchronized Series series(String... labelValues) {
        if (labelValues.length != labelNames.length) {
            throw new IllegalArgumentException("expected " + labelNames.length + " label values");
        }
        Labels labels = Labels.of(labelNames, labelValues);
        for (Series s : series) {
            if (s.labels.equals(labels)) {
                return s;
            }
        }
        Series s = new Series(labels);
        series.add(s);
        return s;
    }

    @Override
    public HistogramSnapshot collect() {
        return new HistogramSnapshot(metadata, series.stream().map(Series::snapshot).toList());
    }

    @Override
    public String getPrometheusName() {
        return metadata.getPrometheusName();
    }

    @Override
    public MetricType getMetricType() {
        return MetricType.HISTOGRAM;
    }

    @Override
    public Set<String> getLabelNames() {
        return Set.of(labelNames);
    }

    @Override
    public MetricMetadata getMetadata() {
        return metadata;
    }

    private static long[] nanos(double[] seconds) {
        long[] out = new long[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            out[i] = Math.round(seconds[i] * NANOS_PER_SECOND);
        }
        return out;
    }

    /**
     * The histogram of one label set: per thread stripe ({@link StripedCounter}), a count per
     * bucket and the sum in nanoseconds, side by side in one block, so that a record touches
     * only the recording thread's own cache lines.
     */
    static final class Series {
        /** The sum's place in a stripe's block, after the buckets. */
        private static final int SUM = BUCKETS.length;
        /** Longs per stripe: the buckets and the sum (18), padded to 256 bytes. */
        private static final int BLOCK = 32;

        private final Labels labels;
        private final AtomicLongArray cells = new AtomicLongArray(StripedCounter.STRIPES * BLOCK);
        private final long createdMillis = System.currentTimeMillis();

        private Series(Labels labels) {
            this.labels = labels;
        }

        /** Something that took no measurable time (a result there when the call returned): the first bucket. */
        void recordAtOnce() {
            cells.getAndIncrement(StripedCounter.stripe() * BLOCK);
        }

        /** Something that took {@code nanos}. */
        void record(long nanos) {
            int block = StripedCounter.stripe() * BLOCK;
            cells.getAndIncrement(block + bucket(nanos));
            cells.getAndAdd(block + SUM, nanos);
        }

        /** Everything recorded so far. */
        long count() {
            long n = 0;
            for (long c : counts()) {
                n += c;
            }
            return n;
        }

        /** Per bucket (not cumulative), added up over the stripes. */
        private long[] counts() {
            long[] counts = new long[BUCKETS.length];
            for (int stripe = 0; stripe < StripedCounter.STRIPES; stripe++) {
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += cells.get(stripe * BLOCK + i);
                }
            }
            return counts;
        }

        private long sumNanos() {
            long n = 0;
            for (int stripe = 0; stripe < StripedCounter.STRIPES; stripe++) {
                n += cells.get(stripe * BLOCK + SUM);
            }
            return n;
        }

        private static int bucket(long nanos) {
            int last = BOUNDS_NANOS.length - 1;
            for (int i = 0; i < last; i++) {
                if (nanos <= BOUNDS_NANOS[i]) {
                    return i;
                }
            }
            return last;
        }

        private HistogramSnapshot.HistogramDataPointSnapshot snapshot() {
            return new HistogramSnapshot.HistogramDataPointSnapshot(ClassicHistogramBuckets.of(BUCKETS, counts()),
                    sumNanos() / NANOS_PER_SECOND, labels, Exemplars.EMPTY, createdMillis);
        }
    }
}
