package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The bound on the usage table ({@code usageMaxEntries}) against a model: a map of immutable
 * totals that, when a new key finds its segment full, drops the key of that segment updated
 * longest ago. With at most {@value UsageSegment#WINDOW} entries per segment the eviction's
 * window covers the whole segment, so the model is exact: after every step of adds (a pool of
 * 2,000 keys, numeric and text owners, two Monitoring-Keys, a few hot keys added again and
 * again), reads, resets and sweeps, the table holds exactly the model's keys with exactly its
 * totals, never more than the bound, counts every eviction, and holds one Monitoring-Key id per
 * distinct key of each segment (an evicted entry's id is released). Each step moves the clock by
 * a millisecond, so expiries (last update + 31 days) tell the updates apart. Past the window the
 * eviction is approximate: one segment of 100 under a stream of fresh keys keeps keys that are
 * updated all along and the newest fresh ones. And a growth that fails (the allocation throws, as
 * an {@link OutOfMemoryError} would) leaves the table as it was and serving.
 */
class UsageTableBoundTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long RETENTION = Duration.ofDays(31).toMillis();

    sealed interface Op {
    }

    record Add(int key, long total) implements Op {
    }

    record Get(int key) implements Op {
    }

    record Reset(int key) implements Op {
    }

    record Sweep() implements Op {
    }

    @Property(tries = 200)
    void aFullSegmentEvictsItsKeyUpdatedLongestAgo(@ForAll @IntRange(min = 1, max = UsageSegment.WINDOW) int perSegment,
                                                  @ForAll("operations") List<Op> ops) {
        int max = UsageTable.SEGMENTS * perSegment;
        UsageTable table = new UsageTable(max);
        Map<UsageKey, UsageTotals> model = new HashMap<>();
        long now = START.toEpochMilli();
        long evictions = 0;
        for (Op op : ops) {
            now++;
            switch (op) {
                case Add a -> {
                    UsageKey k = keyOf(a.key());
                    evictions += evictForNew(table, model, k, perSegment);
                    UsageTotals report = new UsageTotals(a.total(), 2 * a.total(), 3 * a.total(), 1, now + RETENTION);
                    UsageTotals after = model.containsKey(k) ? model.get(k).plus(report) : report;
                    model.put(k, after);
                    assertThat(table.add(k, now, a.total(), 2 * a.total(), 3 * a.total(), 1, now + RETENTION))
                            .isEqualTo(after);
                }
                case Get g -> assertThat(table.get(keyOf(g.key()), now))
                        .isEqualTo(model.getOrDefault(keyOf(g.key()), UsageTotals.NONE));
                case Reset r -> assertThat(table.remove(keyOf(r.key()), now))
                        .isEqualTo(Objects.requireNonNullElse(model.remove(keyOf(r.key())), UsageTotals.NONE));
                case Sweep s -> assertThat(table.sweep(now)).isZero();
            }
            assertHeld(table, model, now, max);
            assertThat(table.evictions()).isEqualTo(evictions);
        }
    }

    /** In the model: a new key of a full segment drops that segment's key updated longest ago. */
    private static int evictForNew(UsageTable table, Map<UsageKey, UsageTotals> model, UsageKey k, int perSegment) {
        if (model.containsKey(k)) {
            return 0;
        }
        List<UsageKey> same = model.keySet().stream().filter(o -> table.segmentOf(o) == table.segmentOf(k)).toList();
        if (same.size() < perSegment) {
            return 0;
        }
        model.remove(same.stream().min(Comparator.comparingLong(o -> model.get(o).expiresAtMillis())).orElseThrow());
        return 1;
    }

    private static void assertHeld(UsageTable table, Map<UsageKey, UsageTotals> model, long now, int max) {
        assertThat(table.size()).isEqualTo(model.size()).isLessThanOrEqualTo(max);
        model.forEach((k, t) -> assertThat(table.get(k, now)).as("%s", k).isEqualTo(t));
        long ids = model.keySet().stream().map(k -> table.segmentOf(k) + "/" + k.monitoringKey()).distinct().count();
        assertThat(table.keyIds()).isEqualTo(ids);
    }

    @Example
    void pastTheWindowASegmentKeepsTheKeysUpdatedAllAlongAndTheNewestFreshOnes() {
        UsageSegment segment = new UsageSegment(100, long[]::new);
        long now = START.toEpochMilli();
        int fresh = 5_000;
        for (int i = 0; i < fresh; i++) {
            add(segment, keyOf(10_000 + i), ++now);
            if (i % 10 == 0) {
                for (int h = 0; h < 10; h++) {
                    add(segment, keyOf(h), ++now);
                }
            }
            assertThat(segment.size()).isLessThanOrEqualTo(100);
        }
        for (int h = 0; h < 10; h++) {
            assertThat(get(segment, keyOf(h), now).totalOctets()).as("hot key %d", h).isEqualTo(fresh / 10);
        }
        int held = 0;
        for (int i = 0; i < fresh; i++) {
            if (get(segment, keyOf(10_000 + i), now) != UsageTotals.NONE) {
                assertThat(i).as("a fresh key held").isGreaterThanOrEqualTo(fresh - 100);
                held++;
            }
        }
        assertThat(held).isEqualTo(90);
        assertThat(segment.evictions()).isEqualTo(fresh - 90);
    }

    @Example
    void anExpiredEntryGoesBeforeALiveOneUpdatedEarlier() {
        UsageSegment segment = new UsageSegment(3, long[]::new);
        long now = START.toEpochMilli();
        addExpiring(segment, keyOf(1), now, now + RETENTION);
        addExpiring(segment, keyOf(2), now + 1, now + 1 + RETENTION);
        addExpiring(segment, keyOf(3), now + 2, now + 10);

        addExpiring(segment, keyOf(4), now + 20, now + 20 + RETENTION);

        assertThat(segment.size()).isEqualTo(3);
        assertThat(get(segment, keyOf(1), now + 20).totalOctets()).isEqualTo(1);
        assertThat(get(segment, keyOf(2), now + 20).totalOctets()).isEqualTo(1);
        assertThat(get(segment, keyOf(4), now + 20).totalOctets()).isEqualTo(1);
        assertThat(segment.sweep(Long.MAX_VALUE)).isEqualTo(3);
    }

    @Example
    void aGrowthThatFailsLeavesTheTableServing() {
        for (int failing = 1; failing <= 2; failing++) {
            Allocations arrays = new Allocations();
            UsageTable table = new UsageTable(1_000_000, arrays);
            Map<UsageKey, UsageTotals> model = new HashMap<>();
            long now = START.toEpochMilli();
            arrays.failAt(arrays.count + failing);
            int i = 0;
            for (; arrays.failed == 0; i++) {
                UsageKey k = keyOf(i);
                try {
                    model.put(k, table.add(k, now, 1, 2, 3, 1, now + RETENTION));
                } catch (OutOfMemoryError e) {
                    assertThat(table.get(k, now)).isEqualTo(UsageTotals.NONE);
                }
            }
            assertThat(table.size()).isEqualTo(model.size()).isEqualTo(i - 1);
            model.forEach((k, t) -> assertThat(table.get(k, now)).isEqualTo(t));
            for (int j = 0; j < 3_000; j++) {
                UsageKey k = keyOf(i + j);
                model.put(k, table.add(k, now, 1, 2, 3, 1, now + RETENTION));
                model.computeIfPresent(keyOf(j), (key, t) -> table.add(key, now, 1, 2, 3, 1, now + RETENTION));
            }
            assertThat(table.size()).isEqualTo(model.size());
            model.forEach((k, t) -> assertThat(table.get(k, now)).isEqualTo(t));
            model.keySet().forEach(k -> assertThat(table.remove(k, now)).isEqualTo(model.get(k)));
            assertThat(table.size()).isZero();
            assertThat(table.keyIds()).isZero();
        }
    }

    @Example
    void aBoundBelowOneEntryPerSegmentIsRefused() {
        assertThatThrownBy(() -> new UsageTable(63)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usageMaxEntries must be at least 64: 63");
        assertThat(UsageTable.share(1_000_000, 0)).isEqualTo(15_625);
        int sum = 0;
        for (int i = 0; i < UsageTable.SEGMENTS; i++) {
            sum += UsageTable.share(1_000, i);
        }
        assertThat(sum).isEqualTo(1_000);
    }

    /** Allocates {@code long[]}s, the {@code failAt}-th one (counting from 1) throwing instead. */
    private static final class Allocations implements java.util.function.IntFunction<long[]> {
        int count;
        int failAt = -1;
        int failed;

        void failAt(int n) {
            failAt = n;
        }

        @Override
        public long[] apply(int length) {
            if (++count == failAt) {
                failed++;
                throw new OutOfMemoryError("test: no " + length + " longs");
            }
            return new long[length];
        }
    }

    private static void add(UsageSegment s, UsageKey k, long now) {
        addExpiring(s, k, now, now + RETENTION);
    }

    private static void addExpiring(UsageSegment s, UsageKey k, long now, long expires) {
        s.add(UsageTable.ownerWord(k.owner()), k, hashOf(k), now, 1, 1, 0, 1, expires);
    }

    private static UsageTotals get(UsageSegment s, UsageKey k, long now) {
        return s.get(UsageTable.ownerWord(k.owner()), k, hashOf(k), now);
    }

    private static int hashOf(UsageKey k) {
        return UsageTable.hash(UsageTable.ownerWord(k.owner()), k.owner(), k.monitoringKey());
    }

    /** Key {@code i}: an IMSI, an MSISDN or a text owner each its own, one of two Monitoring-Keys. */
    static UsageKey keyOf(int i) {
        String owner = switch (i % 3) {
            case 0 -> "IMSI:00101" + (1_000_000_000L + i);
            case 1 -> "MSISDN:4917" + (10_000_000 + i);
            default -> "SESSION:pgw;" + i;
        };
        return new UsageKey(owner, i % 4 < 2 ? "mk1" : "mk-video");
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 1_999);
        Arbitrary<Integer> hot = Arbitraries.integers().between(0, 19);
        Arbitrary<Long> total = Arbitraries.longs().between(0, 1_000_000);
        return Arbitraries.<Op>frequencyOf(
                Tuple.of(10, Combinators.combine(any, total).as(Add::new)),
                Tuple.of(5, Combinators.combine(hot, total).as(Add::new)),
                Tuple.of(3, hot.map(Get::new)),
                Tuple.of(1, any.map(Reset::new)),
                Tuple.of(1, hot.map(Reset::new)),
                Tuple.of(1, Arbitraries.just(new Sweep()))).list().ofMinSize(50).ofMaxSize(800);
    }
}
