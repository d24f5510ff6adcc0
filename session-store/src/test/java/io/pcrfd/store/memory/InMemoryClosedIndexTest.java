package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The closed contexts' index ({@link ClosedIndex}: bucket chains shared by the trafficIds that
 * hash alike) and its locking rule: subscribers sharing a bucket stay apart in every operation,
 * and closes from two threads at the cap leave the count, the index and the drop count agreeing.
 */
class InMemoryClosedIndexTest {
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final Duration RETENTION = Duration.ofHours(24);

    private final TestClock clock = new TestClock(T0);

    @Test
    void subscribersSharingBucketsKeepTheirOwnContextsAndBounds() {
        InMemoryContextStore store = new InMemoryContextStore(clock, 16, 2); // 32 buckets
        List<SubscriberId> ids = imsisInBuckets(new ClosedIndex(16), 6, 2); // six IMSIs in two buckets
        ids.add(SubscriberId.msisdn("+46700000001")); // not packed: kept as text
        ids.add(SubscriberId.msisdn("+46700000002"));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < ids.size(); i++) {
                store.put(context(ids.get(i), "s" + i + "-" + round, round * 100 + i));
            }
        }

        for (int i = 0; i < ids.size(); i++) {
            assertThat(closed(store, ids.get(i))).as("%s", ids.get(i)).containsExactly("s" + i + "-2", "s" + i + "-1");
        }
        assertThat(store.size()).isEqualTo(16);
        assertThat(store.filed()).isEqualTo(16);
        assertThat(store.takeDropped()).as("by the bound only").isEqualTo(8);
    }

    /** A close walks its bucket, so a range of SIMs (a test load's consecutive IMSIs) must not pile up in a few. */
    @Test
    void consecutiveImsisSpreadAcrossTheBuckets() {
        ClosedIndex index = new ClosedIndex(100_000);
        for (int stride : new int[] {1, 2, 10, 1_000}) {
            int[] perBucket = new int[index.buckets()];
            int most = 0;
            for (int i = 0; i < 100_000; i++) {
                SubscriberId id = SubscriberId.imsi(String.format("00101%010d", (long) i * stride));
                most = Math.max(most, ++perBucket[index.bucket(SubscriberBits.hash(SubscriberBits.pack(id), id))]);
            }
            assertThat(most).as("stride %d", stride).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void removalByAgeTakesOnlyThatSubscribersOlderContexts() {
        InMemoryContextStore store = new InMemoryContextStore(clock, 100, 32);
        SubscriberId a = SubscriberId.imsi("001010000000001");
        SubscriberId b = SubscriberId.imsi("001010000000002");
        for (int i = 0; i < 10; i++) {
            store.put(context(a, "a" + i, i));
            store.put(context(b, "b" + i, i));
        }

        int removed = store.removeClosedBefore(a, T0.plusSeconds(6)).toCompletableFuture().join();

        assertThat(removed).isEqualTo(6);
        assertThat(closed(store, a)).containsExactly("a9", "a8", "a7", "a6");
        assertThat(closed(store, b)).hasSize(10);
        assertThat(store.size()).isEqualTo(14);
        assertThat(store.filed()).isEqualTo(14);
    }

    @Test
    void twoThreadsClosingAtTheCapLeaveCountIndexAndDropsAgreeing() throws InterruptedException {
        int cap = 1_000;
        int perThread = 20_000;
        InMemoryContextStore store = new InMemoryContextStore(clock, cap, 4);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                await(start);
                for (int i = 0; i < perThread; i++) {
                    // every 8th close is one of 50 recurring subscribers (the bound), the rest fresh
                    String imsi = i % 8 == 0 ? "0010100000" + (10_000 + i % 50) : "00101" + thread + (100_000_000 + i);
                    store.put(context(SubscriberId.imsi(imsi), thread + "-" + i, i));
                }
            }));
        }
        start.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(20));
        }

        assertThat(store.size()).isEqualTo(cap);
        assertThat(store.filed()).isEqualTo(cap);
        assertThat(store.takeDropped()).isEqualTo(2L * perThread - cap);
        Map<SubscriberId, Long> perSubscriber = store.all().stream()
                .collect(Collectors.groupingBy(SessionContext::trafficId, Collectors.counting()));
        assertThat(perSubscriber.values()).allMatch(n -> n <= 4);
        clock.advance(RETENTION.plusSeconds(perThread));
        assertThat(store.sweep()).isEqualTo(cap);
        assertThat(store.filed()).isZero();
    }

    /** {@code count} IMSIs whose bucket in {@code index} is one of the first {@code buckets}. */
    private static List<SubscriberId> imsisInBuckets(ClosedIndex index, int count, int buckets) {
        List<SubscriberId> out = new ArrayList<>();
        for (int n = 0; out.size() < count; n++) {
            SubscriberId id = SubscriberId.imsi("00101" + (1_000_000_000L + n));
            if (index.bucket(SubscriberBits.hash(SubscriberBits.pack(id), id)) < buckets) {
                out.add(id);
            }
        }
        return out;
    }

    /** The held contexts of {@code id}, newest first, checked against what {@code findClosed} answers. */
    private static List<String> closed(InMemoryContextStore store, SubscriberId id) {
        List<String> held = store.all().stream().filter(c -> c.trafficId().equals(id))
                .sorted(Comparator.comparing(SessionContext::updateTime).reversed())
                .map(SessionContext::sessionId).toList();
        assertThat(store.findClosed("internet", id).toCompletableFuture().join().map(SessionContext::sessionId))
                .isEqualTo(held.stream().findFirst());
        return held;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SessionContext context(SubscriberId id, String sessionId, int second) {
        Instant at = T0.plusSeconds(second);
        return new SessionContext(id, "internet", sessionId, SessionState.CLOSED, null, null, at, at, null, null,
                null, List.of(), null, null, List.of(), "pgw", at.plus(RETENTION), List.of());
    }
}
