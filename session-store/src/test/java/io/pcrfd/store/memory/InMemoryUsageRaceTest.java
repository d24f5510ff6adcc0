package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The in-place usage totals under racing callers: adds to one key racing with resets and reads,
 * and adds racing the sweep that removes expired entries (which shifts other entries of a
 * segment around). Every report carries CC-Total-Octets 1000,
 * CC-Input-Octets 600, CC-Output-Octets 400 and CC-Time 3, so any totals a caller sees are a
 * whole number of reports (a torn read, four figures from two different adds, breaks the
 * ratios) and the sum of what resets took and what is left counts every add exactly once.
 * Bounded: a few threads, some tens of thousands of adds, every wait with a deadline.
 */
class InMemoryUsageRaceTest {
    private static final int ADDERS = 4;
    private static final int ADDS = 5_000;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final TestClock clock = new TestClock(START);
    private final InMemoryUsageStore usage = new InMemoryUsageStore(clock);

    @RepeatedTest(3)
    void addsRacingResetsAndReadsAreEachCountedOnceAndReadWhole() throws Exception {
        UsageKey key = new UsageKey("IMSI:001010000000401", "mk1");
        long exp = millisAfter(Duration.ofDays(31));
        AtomicBoolean adding = new AtomicBoolean(true);
        List<Callable<long[]>> tasks = new ArrayList<>();
        for (int a = 0; a < ADDERS; a++) {
            tasks.add(() -> {
                for (int i = 0; i < ADDS; i++) {
                    assertWhole(usage.addNow(key, 1000, 600, 400, 3, exp));
                }
                return new long[4];
            });
        }
        tasks.add(() -> untilDone(adding, () -> assertWhole(usage.getNow(key))));
        long[] taken = new long[4];
        tasks.add(() -> untilDone(adding, () -> plus(taken, assertWhole(await(usage.reset(key))))));

        runTogether(tasks, ADDERS, adding);

        plus(taken, usage.getNow(key));
        long reports = (long) ADDERS * ADDS;
        assertThat(taken).containsExactly(1000 * reports, 600 * reports, 400 * reports, 3 * reports);
    }

    /**
     * Every key expired: sweeps remove the entries while adds with a new retention start them
     * again. An add either restarts an entry the sweep then finds live, or comes after its
     * removal and creates a new one; none is lost to an entry being removed or moved, so each
     * key ends with exactly the adds made after the expiry.
     */
    @RepeatedTest(3)
    void addsRacingTheSweepOfExpiredCellsAreNeverLost() throws Exception {
        int keys = 2_000;
        for (int k = 0; k < keys; k++) {
            usage.addNow(keyOf(k), 1000, 600, 400, 3, millisAfter(Duration.ofSeconds(10)));
        }
        clock.advance(Duration.ofSeconds(20));
        long exp = millisAfter(Duration.ofDays(31));
        AtomicBoolean adding = new AtomicBoolean(true);
        List<Callable<long[]>> tasks = new ArrayList<>();
        for (int a = 0; a < ADDERS; a++) {
            tasks.add(() -> {
                for (int k = 0; k < keys; k++) {
                    assertWhole(usage.addNow(keyOf(k), 1000, 600, 400, 3, exp));
                }
                return new long[4];
            });
        }
        tasks.add(() -> untilDone(adding, usage::sweep));

        runTogether(tasks, ADDERS, adding);

        assertThat(usage.sweep()).isZero();
        for (int k = 0; k < keys; k++) {
            assertThat(usage.getNow(keyOf(k))).isEqualTo(new UsageTotals(1000L * ADDERS, 600L * ADDERS,
                    400L * ADDERS, 3L * ADDERS, exp));
        }
    }

    private static UsageKey keyOf(int k) {
        return new UsageKey("IMSI:00101" + (1_000_000_000L + k), "mk1");
    }

    private long millisAfter(Duration d) {
        return clock.instant().plus(d).toEpochMilli();
    }

    /** Starts every task at once; when the first {@code adders} are done, the others are told to stop. */
    private static void runTogether(List<Callable<long[]>> tasks, int adders, AtomicBoolean adding) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            List<Future<long[]>> done = new ArrayList<>();
            for (Callable<long[]> t : tasks) {
                done.add(pool.submit(() -> {
                    start.await();
                    return t.call();
                }));
            }
            start.countDown();
            for (int i = 0; i < adders; i++) {
                done.get(i).get(30, TimeUnit.SECONDS);
            }
            adding.set(false);
            for (Future<long[]> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static long[] untilDone(AtomicBoolean adding, Runnable step) {
        while (adding.get()) {
            step.run();
        }
        return new long[4];
    }

    private static UsageTotals assertWhole(UsageTotals t) {
        assertThat(t.inputOctets() * 1000).as("input of %s", t).isEqualTo(t.totalOctets() * 600);
        assertThat(t.outputOctets() * 1000).as("output of %s", t).isEqualTo(t.totalOctets() * 400);
        assertThat(t.seconds() * 1000).as("time of %s", t).isEqualTo(t.totalOctets() * 3);
        return t;
    }

    private static void plus(long[] sum, UsageTotals t) {
        sum[0] += t.totalOctets();
        sum[1] += t.inputOctets();
        sum[2] += t.outputOctets();
        sum[3] += t.seconds();
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }
}
