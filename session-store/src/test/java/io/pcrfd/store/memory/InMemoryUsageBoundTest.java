package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * {@code usageMaxEntries} through the store's options: a flood of fresh owners (a final report
 * each, as a CCR-T of a fresh IMSI brings) stays within the bound, the newest owners keep their
 * exact totals, every eviction is counted, and the sweep logs them in one line, never one per
 * eviction; a bound below one entry per segment is refused.
 */
class InMemoryUsageBoundTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aFloodOfFreshOwnersStaysWithinTheBoundAndIsLoggedOncePerSweep() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(InMemoryStore.class);
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(log);
        log.start();
        TestClock clock = new TestClock(START);
        try (InMemoryStore store = InMemoryStore.open(new InMemoryStoreOptions(Optional.empty(), Duration.ZERO)
                .withUsageMaxEntries(200), clock)) {
            long expires = START.plus(Duration.ofDays(31)).toEpochMilli();
            for (int i = 0; i < 5_000; i++) {
                clock.advance(Duration.ofMillis(1));
                store.usage().add(key(i), 100, 40, 60, 1, expires + i).toCompletableFuture().join();
                assertThat(store.usageEntryCount()).isLessThanOrEqualTo(200);
            }
            assertThat(store.usageEvictionCount()).isEqualTo(5_000 - store.usageEntryCount());
            assertThat(store.usage().get(key(4_999)).toCompletableFuture().join())
                    .isEqualTo(new UsageTotals(100, 40, 60, 1, expires + 4_999));

            store.sweep().toCompletableFuture().join();
            store.sweep().toCompletableFuture().join();

            assertThat(log.list).filteredOn(e -> e.getFormattedMessage().contains("usage totals evicted"))
                    .singleElement().satisfies(e -> {
                        assertThat(e.getLevel()).isEqualTo(Level.WARN);
                        assertThat(e.getFormattedMessage()).startsWith("store: " + store.usageEvictionCount()
                                + " usage totals evicted since the last sweep").contains("usageMaxEntries 200");
                    });
        } finally {
            logger.detachAppender(log);
            logger.setLevel(level);
        }
    }

    @Test
    void aBoundBelowOneEntryPerSegmentIsRefused() {
        assertThatThrownBy(() -> InMemoryStoreOptions.DEFAULTS.withUsageMaxEntries(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("usageMaxEntries must be at least 64: 0");
        assertThat(InMemoryStoreOptions.DEFAULTS.usageMaxEntries()).isEqualTo(1_000_000);
    }

    private static UsageKey key(int i) {
        return new UsageKey("IMSI:00101" + (1_000_000_000L + i), "mk1");
    }
}
