package io.pcrfd.pcrf.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A striped count is exact, also with more threads than stripes (threads sharing a stripe). */
class StripedCounterTest {

    @Test
    void stripesAreAPowerOfTwoOfAtLeastTwicePerProcessor() {
        assertThat(Integer.bitCount(StripedCounter.STRIPES)).isEqualTo(1);
        assertThat(StripedCounter.STRIPES).isBetween(16, 64)
                .isGreaterThanOrEqualTo(Math.min(64, 2 * Runtime.getRuntime().availableProcessors()));
        assertThat(StripedCounter.stripe()).isBetween(0, StripedCounter.STRIPES - 1)
                .as("a thread keeps its stripe").isEqualTo(StripedCounter.stripe());
    }

    @Test
    void twoThreadsMadeOneAfterTheOtherHaveStripesOfTheirOwn() throws Exception {
        ExecutorService first = Executors.newSingleThreadExecutor();
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            int a = first.submit(StripedCounter::stripe).get();
            int b = second.submit(StripedCounter::stripe).get();
            assertThat(a).isNotEqualTo(b);
        } finally {
            first.shutdownNow();
            second.shutdownNow();
        }
    }

    @Test
    void everyIncrementOfMoreThreadsThanStripesIsCounted() throws Exception {
        StripedCounter c = new StripedCounter();
        int threads = StripedCounter.STRIPES * 2 + 1;
        int each = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        c.increment();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(c.sum()).isEqualTo((long) threads * each);
    }
}
