package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.pcrfd.store.UsageStore;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The usage totals, each operation timed and counted like every other store operation
 * ({@code store="usage"}). A store that answers at once keeps its synchronous form: a call
 * through it is recorded as one that completed at once (the first bucket), and a failure is
 * counted before it is thrown.
 */
final class MeteredUsageStore implements UsageStore {
    private final UsageStore d;
    private final StoreOperation add;
    private final StoreOperation get;
    private final StoreOperation reset;
    private final Optional<Immediate> immediate;

    MeteredUsageStore(UsageStore d, MeterRegistry r, LatencyHistogram durations) {
        this.d = d;
        this.add = new StoreOperation(r, durations, "usage", "add");
        this.get = new StoreOperation(r, durations, "usage", "get");
        this.reset = new StoreOperation(r, durations, "usage", "reset");
        this.immediate = d.immediate().map(MeteredImmediate::new);
    }

    @Override
    public CompletionStage<UsageTotals> add(UsageKey key, long totalOctets, long inputOctets, long outputOctets,
                                            long seconds, long expiresAtMillis) {
        return add.time(d.add(key, totalOctets, inputOctets, outputOctets, seconds, expiresAtMillis));
    }

    @Override
    public CompletionStage<UsageTotals> get(UsageKey key) {
        return get.time(d.get(key));
    }

    @Override
    public CompletionStage<UsageTotals> reset(UsageKey key) {
        return reset.time(d.reset(key));
    }

    @Override
    public Optional<Immediate> immediate() {
        return immediate;
    }

    /** The synchronous form of the store underneath, metered. */
    private final class MeteredImmediate implements Immediate {
        private final Immediate now;

        MeteredImmediate(Immediate now) {
            this.now = now;
        }

        @Override
        public UsageTotals addNow(UsageKey key, long totalOctets, long inputOctets, long outputOctets, long seconds,
                                  long expiresAtMillis) {
            try {
                UsageTotals t = now.addNow(key, totalOctets, inputOctets, outputOctets, seconds, expiresAtMillis);
                add.completedAtOnce();
                return t;
            } catch (RuntimeException e) {
                add.failedAtOnce(e);
                throw e;
            }
        }

        @Override
        public UsageTotals getNow(UsageKey key) {
            try {
                UsageTotals t = now.getNow(key);
                get.completedAtOnce();
                return t;
            } catch (RuntimeException e) {
                get.failedAtOnce(e);
                throw e;
            }
        }
    }
}
