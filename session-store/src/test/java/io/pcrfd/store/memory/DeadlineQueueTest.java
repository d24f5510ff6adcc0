package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deadline queue visits only what is due, and re-files what moved. */
class DeadlineQueueTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final DeadlineQueue<String> queue = new DeadlineQueue<>();
    /** The records: key → current deadline; absent = removed. */
    private final Map<String, Instant> records = new HashMap<>();
    private final List<String> visited = new ArrayList<>();

    private void put(String key, long second) {
        records.put(key, T0.plusSeconds(second));
        queue.add(key, T0.plusSeconds(second));
    }

    private void drain(long second) {
        Instant now = T0.plusSeconds(second);
        queue.drain(now, key -> {
            visited.add(key);
            Instant d = records.get(key);
            if (d != null && !d.isAfter(now)) {
                records.remove(key);
                return null;
            }
            return d;
        });
    }

    @Test
    void aDrainVisitsOnlyKeysWhoseSecondHasCome() {
        put("a", 10);
        put("b", 100);
        put("c", 1000);

        drain(50);

        assertThat(visited).containsExactly("a");
        assertThat(records).containsOnlyKeys("b", "c");
        assertThat(queue.size()).isEqualTo(2);
    }

    @Test
    void aRecordWhoseDeadlineMovedIsFiledAgainAndExpiresAtTheNewOne() {
        put("a", 10);
        records.put("a", T0.plusSeconds(60));

        drain(20);
        assertThat(records).containsKey("a");
        drain(59);
        assertThat(visited).containsExactly("a");
        drain(60);

        assertThat(visited).containsExactly("a", "a");
        assertThat(records).isEmpty();
        assertThat(queue.size()).isZero();
    }

    @Test
    void aRecordLiveLaterInTheCurrentSecondIsKeptAndNotVisitedTwice() {
        records.put("a", T0.plusMillis(10_900));
        queue.add("a", T0.plusMillis(10_900));

        queue.drain(T0.plusMillis(10_500), key -> {
            visited.add(key);
            return records.get(key);
        });

        assertThat(visited).containsExactly("a");
        assertThat(queue.size()).isEqualTo(1);
    }


    /** Keys filed in time order share the remembered bucket, and one filed out of order goes to its own. */
    @Test
    void keysFiledInAndOutOfTimeOrderAreEachVisitedWhenDue() {
        put("a", 10);
        put("b", 10);
        put("c", 20);
        put("d", 10);

        drain(15);

        assertThat(visited).containsExactly("a", "b", "d");
        assertThat(records).containsOnlyKeys("c");
        drain(20);
        assertThat(visited).containsExactly("a", "b", "d", "c");
    }

    /** The remembered bucket is forgotten once polled: a key filed for that second again is not lost. */
    @Test
    void aKeyFiledForASecondWhoseBucketWasPolledIsStillVisited() {
        put("a", 10);
        drain(10);
        put("b", 10);

        drain(10);

        assertThat(visited).containsExactly("a", "b");
        assertThat(records).isEmpty();
        assertThat(queue.size()).isZero();
    }

    @Test
    void pollFirstTakesTheKeyOfTheEarliestSecondWithThatSecondThenNothing() {
        put("late", 300);
        put("early", 100);
        put("early2", 100);
        put("middle", 200);

        List<String> taken = new ArrayList<>();
        List<Long> seconds = new ArrayList<>();
        for (DeadlineQueue.Filed<String> f = queue.pollFirst(); f != null; f = queue.pollFirst()) {
            taken.add(f.key());
            seconds.add(f.second() - T0.getEpochSecond());
        }
        assertThat(taken).containsExactly("early", "early2", "middle", "late");
        assertThat(seconds).containsExactly(100L, 100L, 200L, 300L);
        assertThat(queue.size()).isZero();

        put("again", 100); // the polled bucket is not filed into any more: a new one is made
        assertThat(queue.pollFirst()).isEqualTo(new DeadlineQueue.Filed<>("again", T0.getEpochSecond() + 100));
    }
}
