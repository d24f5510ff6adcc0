package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.pcrfd.store.MeterStore;
import io.pcrfd.store.TestClock;
import java.time.Duration;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * {@code meterMaxSubscribers} through the store's options, with a bound of 3: a fourth subscriber
 * evicts the record whose metering period ends first (not the oldest written), the others keep
 * their exact meters and their duplicate check, the evicted one restarts from zero, an expired
 * record not swept yet goes first without counting, the sweep logs the evictions in one line,
 * a snapshot taken under a larger bound loads within the smaller one, and concurrent adds at the
 * bound keep each held subscriber's meters exact.
 */
class InMemoryMeterBoundTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant DAY1 = START.plus(Duration.ofDays(1));
    private static final Instant DAY2 = START.plus(Duration.ofDays(2));
    private static final Instant DAY3 = START.plus(Duration.ofDays(3));

    private final TestClock clock = new TestClock(START);

    @Test
    void aFourthSubscriberEvictsTheEarliestDeadlineAndTheOthersKeepExactMeters() {
        try (InMemoryStore store = open(3)) {
            add(store, "A", "a1", 100, DAY3);
            add(store, "B", "b1", 200, DAY1);
            add(store, "C", "c1", 300, DAY2);

            add(store, "D", "d1", 400, DAY3);

            assertThat(store.meterSubscriberCount()).isEqualTo(3);
            assertThat(store.meterEvictionCount()).isEqualTo(1);
            assertThat(get(store, "B")).isEmpty();
            assertThat(get(store, "A")).isEqualTo(Map.of("bytes", 100L));
            assertThat(get(store, "C")).isEqualTo(Map.of("bytes", 300L));
            assertThat(get(store, "D")).isEqualTo(Map.of("bytes", 400L));

            MeterStore.Applied again = add(store, "A", "a1", 100, DAY3);
            assertThat(again.applied()).isFalse();
            assertThat(again.meters()).isEqualTo(Map.of("bytes", 100L));
            assertThat(add(store, "A", "a2", 5, DAY3).meters()).isEqualTo(Map.of("bytes", 105L));
            assertThat(store.meterEvictionCount()).as("adds for held subscribers evict nothing").isEqualTo(1);

            assertThat(add(store, "B", "b2", 7, DAY3).meters()).as("evicted: restarts from zero")
                    .isEqualTo(Map.of("bytes", 7L));
            assertThat(store.meterEvictionCount()).isEqualTo(2);
            assertThat(get(store, "C")).as("C's period ended first of A, C, D").isEmpty();
            assertThat(store.meterSubscriberCount()).isEqualTo(3);
        }
    }

    @Test
    void aRecordWhosePeriodMovedLaterIsFiledAgainAndTheNextEarliestGoes() {
        try (InMemoryStore store = open(3)) {
            add(store, "A", "a1", 1, DAY1);
            add(store, "B", "b1", 2, DAY2);
            add(store, "C", "c1", 3, DAY3);
            add(store, "A", "a2", 1, DAY3.plusSeconds(60)); // filed at DAY1, now ends after C

            add(store, "D", "d1", 4, DAY3);

            assertThat(get(store, "B")).isEmpty();
            assertThat(get(store, "A")).isEqualTo(Map.of("bytes", 2L));
            assertThat(store.meterEvictionCount()).isEqualTo(1);
        }
    }

    @Test
    void anExpiredRecordNotSweptYetGoesFirstAndIsNotCounted() {
        try (InMemoryStore store = open(3)) {
            add(store, "A", "a1", 1, DAY1);
            add(store, "B", "b1", 2, DAY2);
            add(store, "C", "c1", 3, DAY3);
            clock.advance(Duration.ofDays(1).plusSeconds(1));

            add(store, "D", "d1", 4, DAY3);

            assertThat(store.meterEvictionCount()).isZero();
            assertThat(get(store, "B")).isEqualTo(Map.of("bytes", 2L));
            assertThat(store.meterSubscriberCount()).isEqualTo(3);
        }
    }

    @Test
    void evictionsAreLoggedOncePerSweepWithTheirCount() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(InMemoryStore.class);
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(log);
        log.start();
        try (InMemoryStore store = open(3)) {
            for (int i = 0; i < 50; i++) {
                add(store, "S" + i, "r", 1, DAY1.plusSeconds(i));
                assertThat(store.meterSubscriberCount()).isLessThanOrEqualTo(3);
            }
            assertThat(store.meterEvictionCount()).isEqualTo(47);
            store.sweep().toCompletableFuture().join();
            store.sweep().toCompletableFuture().join();

            assertThat(log.list).filteredOn(e -> e.getFormattedMessage().contains("meters evicted"))
                    .singleElement().satisfies(e -> {
                        assertThat(e.getLevel()).isEqualTo(Level.WARN);
                        assertThat(e.getFormattedMessage()).startsWith("store: 47 subscribers' meters evicted since"
                                + " the last sweep").contains("meterMaxSubscribers 3");
                    });
        } finally {
            logger.detachAppender(log);
            logger.setLevel(level);
        }
    }

    @Test
    void aSnapshotOfMoreSubscribersThanTheBoundLoadsTheLatestDeadlines(@TempDir Path dir) {
        Path file = dir.resolve("snapshot.json");
        try (InMemoryStore big = InMemoryStore.open(new InMemoryStoreOptions(Optional.empty(), Duration.ZERO)
                .withSnapshotFile(file), clock)) {
            for (int i = 0; i < 20; i++) { // the snapshot lists them in the map's order, not this one
                add(big, "IMSI:" + (1000 + i * 7919), "r" + i, i, DAY1.plusSeconds(i));
            }
        }
        try (InMemoryStore small = InMemoryStore.open(new InMemoryStoreOptions(Optional.empty(), Duration.ZERO)
                .withSnapshotFile(file).withMeterMaxSubscribers(5), clock)) {
            assertThat(small.meterSubscriberCount()).isEqualTo(5);
            assertThat(small.meterEvictionCount()).isEqualTo(15);
            for (int i = 0; i < 20; i++) {
                String subscriber = "IMSI:" + (1000 + i * 7919);
                assertThat(get(small, subscriber)).as(subscriber)
                        .isEqualTo(i >= 15 ? Map.of("bytes", (long) i) : Map.of());
            }
            assertThat(small.meters().add("IMSI:" + (1000 + 19 * 7919), "r19", Map.of("bytes", 19L),
                    DAY3).toCompletableFuture().join().applied()).as("the seen report ids came with it").isFalse();
        }
    }

    /**
     * Shared subscribers take every thread's reports (per-subscriber atomicity under the bound);
     * each thread's own subscriber takes its retransmissions, so no other thread's ids come
     * between a report and its retransmission to push it out of the last
     * {@link MeterStore#SEEN_REPORTS} ids remembered.
     */
    @Test
    void concurrentAddsAtTheBoundKeepHeldSubscribersExactAndCountRetransmissionsOnce() throws Exception {
        int threads = 4;
        int rounds = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (InMemoryStore store = open(50)) {
            for (String held : new String[] {"H0", "H1", "H2", "R0", "R1", "R2", "R3"}) {
                add(store, held, "", 0, DAY3); // later than every fresh subscriber's: never the earliest
            }
            CompletableFuture<?>[] done = new CompletableFuture<?>[threads];
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done[t] = CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < rounds; i++) {
                        add(store, "H" + (i % 3), "t" + thread + "-" + i, 1, DAY3);
                        add(store, "R" + thread, "r" + i, 1, DAY3);
                        add(store, "R" + thread, "r" + i, 1, DAY3); // the retransmission
                        add(store, "F" + thread + "-" + i, "f", 1, DAY1.plusSeconds(i));
                    }
                }, pool);
            }
            CompletableFuture.allOf(done).get(20, TimeUnit.SECONDS);

            long shared = get(store, "H0").get("bytes") + get(store, "H1").get("bytes") + get(store, "H2").get("bytes");
            assertThat(shared).isEqualTo((long) threads * rounds);
            for (int t = 0; t < threads; t++) {
                assertThat(get(store, "R" + t)).isEqualTo(Map.of("bytes", (long) rounds));
            }
            assertThat(store.meterSubscriberCount()).isLessThanOrEqualTo(50 + threads);
            add(store, "last", "r", 1, DAY2);
            assertThat(store.meterSubscriberCount()).isLessThanOrEqualTo(50);
            assertThat(store.meterEvictionCount()).isEqualTo(7L + threads * rounds + 1 - store.meterSubscriberCount());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBoundBelowOneIsRefusedAndTheDefaultIsAMillion() {
        assertThatThrownBy(() -> InMemoryStoreOptions.DEFAULTS.withMeterMaxSubscribers(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("meterMaxSubscribers must be at least 1: 0");
        assertThat(InMemoryStoreOptions.DEFAULTS.meterMaxSubscribers()).isEqualTo(1_000_000);
    }

    private InMemoryStore open(int bound) {
        return InMemoryStore.open(new InMemoryStoreOptions(Optional.empty(), Duration.ZERO)
                .withMeterMaxSubscribers(bound), clock);
    }

    private static MeterStore.Applied add(InMemoryStore s, String subscriber, String reportId, long bytes,
                                          Instant expiresAt) {
        return s.meters().add(subscriber, reportId, Map.of("bytes", bytes), expiresAt).toCompletableFuture().join();
    }

    private static Map<String, Long> get(InMemoryStore s, String subscriber) {
        return s.meters().get(subscriber).toCompletableFuture().join();
    }
}
