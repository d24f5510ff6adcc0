package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One key, any number of ids: the shape changes (single id, small set, concurrent set), the
 * contents never do, whether a removal reads the key first or tries {@code remove(key, id)}
 * first (an index whose keys mostly name one record).
 */
class MultiIndexTest {
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void idsComeBackExactlyAcrossEveryShapeBothWays(boolean fewPerKey) {
        MultiIndex<String> index = new MultiIndex<>(fewPerKey);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "s;" + i;
            index.add("198.51.100.1", id);
            index.add("198.51.100.1", id); // a repeated add changes nothing
            expected.add(id);
            assertThat(index.get("198.51.100.1")).containsExactlyInAnyOrderElementsOf(expected);
        }
        for (int i = 39; i >= 0; i--) {
            index.remove("198.51.100.1", "s;" + i);
            expected.remove("s;" + i);
            assertThat(index.get("198.51.100.1")).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(index.keyCount()).as("an emptied key is gone").isZero();
        index.remove("198.51.100.1", "s;0");
        index.add(null, "s;1");
        assertThat(index.get(null)).isEmpty();
        assertThat(index.keyCount()).isZero();
    }

    /**
     * Threads add and remove their own ids under one key, which keeps growing into a large set
     * and emptying (dropped from the map) while others add in place: no id is lost or left
     * behind, and the emptied key is gone.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void inPlaceChangesRacingALargeSetsDropLoseNothing(boolean fewPerKey) throws Exception {
        MultiIndex<String> index = new MultiIndex<>(fewPerKey);
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int owner = t;
            runs.add(CompletableFuture.runAsync(() -> {
                awaitLatch(start);
                for (int round = 0; round < 2_000; round++) {
                    for (int i = 0; i < 6; i++) {
                        index.add("pgw.example.org", owner + ";" + i);
                    }
                    for (int i = 0; i < 6; i++) {
                        index.remove("pgw.example.org", owner + ";" + i);
                    }
                }
                index.add("pgw.example.org", owner + ";kept");
            }, pool));
        }
        start.countDown();
        try {
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(index.get("pgw.example.org")).containsExactlyInAnyOrder("0;kept", "1;kept", "2;kept", "3;kept");
        for (int t = 0; t < threads; t++) {
            index.remove("pgw.example.org", t + ";kept");
        }
        assertThat(index.keyCount()).isZero();
    }

    /**
     * One thread keeps growing a key into a large set and emptying it (so the set is dropped
     * from the map again and again) while another adds its own id in place: every add is seen
     * under the key right after it, never lost with a set dropped meanwhile.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anIdAddedInPlaceIsNeverLostWithALargeSetDroppedMeanwhile(boolean fewPerKey) throws Exception {
        MultiIndex<String> index = new MultiIndex<>(fewPerKey);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> churn = CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    for (int i = 0; i < 9; i++) {
                        index.add("pgw.example.org", "churn;" + i);
                    }
                    for (int i = 0; i < 9; i++) {
                        index.remove("pgw.example.org", "churn;" + i);
                    }
                }
            }, pool);
            CompletableFuture<Integer> lost = CompletableFuture.supplyAsync(() -> {
                int missing = 0;
                for (int round = 0; round < 300_000; round++) {
                    index.add("pgw.example.org", "mine");
                    missing += index.get("pgw.example.org").contains("mine") ? 0 : 1;
                    index.remove("pgw.example.org", "mine");
                }
                stop.set(true);
                return missing;
            }, pool);
            assertThat(lost.get(20, TimeUnit.SECONDS)).isZero();
            churn.get(5, TimeUnit.SECONDS);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        assertThat(index.keyCount()).isZero();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
