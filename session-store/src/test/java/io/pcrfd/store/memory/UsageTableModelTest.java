package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The in-memory usage store against a model (a map of immutable totals, what the store used to
 * be): random adds, reads, resets, sweeps and clock steps over a pool of keys, numeric and text
 * owners mixed, every answer and the live entries compared after each step. A few hundred keys
 * in 64 segments make each segment double several times and hold runs of neighbouring entries,
 * so removals shift entries back, across the end of a segment's arrays too.
 *
 * <p>The same operations run over a pool of hundreds of distinct Monitoring-Keys (some with
 * equal hash codes: "Aa" and "BB" hash alike) and text owners with equal hash codes, so the
 * Monitoring-Key ids of each segment are given, freed and reused all the time; after each step
 * each segment holds exactly one id per distinct Monitoring-Key among its entries. And over one
 * segment alone with hashes forced to its last and first slots, so every run wraps around the
 * end of its index and every removal shifts slots across it; those hashes come in pairs with one
 * tag (they differ in bit {@value UsageSegment#SLOT_BITS} alone), so a probe passes slots whose
 * tag is the key's, and many entries share each tag, so a removal that moves the last entry into
 * the freed place must rewrite the slot of that entry and no other. After each step every key
 * the model holds is read back, so every entry stays reachable from its probe's start.
 */
class UsageTableModelTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<Duration> EXPIRIES = List.of(Duration.ofSeconds(-1), Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofDays(31));

    sealed interface Op {
    }

    record Add(int key, long total, int expiry) implements Op {
    }

    record Get(int key) implements Op {
    }

    record Reset(int key) implements Op {
    }

    record Sweep() implements Op {
    }

    record Step(long millis) implements Op {
    }

    /** What the operations run against: the store, or one segment with hashes of the test's choice. */
    interface Target {
        UsageTotals add(UsageKey key, long total, long input, long output, long seconds, long expiresAt);

        UsageTotals get(UsageKey key);

        UsageTotals reset(UsageKey key);

        int sweep();

        int size();

        List<UsageEntry> all();

        /** Monitoring-Key ids held, summed over segments, against what {@code model} needs. */
        void assertKeyIds(Map<UsageKey, UsageTotals> model);
    }

    @Property(tries = 200)
    void theStoreAnswersAsTheModel(@ForAll("operations") List<Op> ops) {
        TestClock clock = new TestClock(START);
        run(ops, clock, UsageTableModelTest::keyOf, store(new InMemoryUsageStore(clock)));
    }

    @Property(tries = 200)
    void manyMonitoringKeysAndTextOwnersAnswerAsTheModel(@ForAll("operations") List<Op> ops) {
        TestClock clock = new TestClock(START);
        UsageTable table = new UsageTable();
        run(ops, clock, UsageTableModelTest::manyKeysOf, table(table, clock));
    }

    @Property(tries = 200)
    void runsWrappingTheEndOfASegmentAnswerAsTheModel(@ForAll("operations") List<Op> ops) {
        TestClock clock = new TestClock(START);
        run(ops, clock, UsageTableModelTest::manyKeysOf, segment(new UsageSegment(), clock));
    }

    private static void run(List<Op> ops, TestClock clock, IntFunction<UsageKey> keyOf, Target store) {
        Map<UsageKey, UsageTotals> model = new HashMap<>();
        for (Op op : ops) {
            long now = clock.millis();
            switch (op) {
                case Add a -> {
                    UsageTotals cur = model.get(keyOf.apply(a.key()));
                    long exp = clock.instant().plus(EXPIRIES.get(a.expiry())).toEpochMilli();
                    UsageTotals report = new UsageTotals(a.total(), 2 * a.total(), 3 * a.total(), 1, exp);
                    UsageTotals after = cur != null && cur.liveAt(now) ? cur.plus(report) : report;
                    model.put(keyOf.apply(a.key()), after);
                    assertThat(store.add(keyOf.apply(a.key()), a.total(), 2 * a.total(), 3 * a.total(), 1, exp))
                            .isEqualTo(after);
                }
                case Get g -> assertThat(store.get(keyOf.apply(g.key())))
                        .isEqualTo(live(model.get(keyOf.apply(g.key())), now));
                case Reset r -> assertThat(store.reset(keyOf.apply(r.key())))
                        .isEqualTo(live(model.remove(keyOf.apply(r.key())), now));
                case Sweep s -> {
                    int expired = (int) model.values().stream().filter(t -> !t.liveAt(now)).count();
                    model.values().removeIf(t -> !t.liveAt(now));
                    assertThat(store.sweep()).isEqualTo(expired);
                }
                case Step s -> clock.advance(Duration.ofMillis(s.millis()));
            }
            assertThat(store.size()).isEqualTo(model.size());
            long at = clock.millis();
            model.forEach((k, t) -> assertThat(store.get(k)).as("%s", k).isEqualTo(live(t, at)));
            assertThat(store.all()).containsExactlyInAnyOrderElementsOf(model.entrySet().stream()
                    .filter(e -> e.getValue().liveAt(clock.millis()))
                    .map(e -> new UsageEntry(e.getKey(), e.getValue())).toList());
            store.assertKeyIds(model);
        }
    }

    @Example
    void anAddThatWouldOverflowChangesNothing() {
        InMemoryUsageStore store = new InMemoryUsageStore(new TestClock(START));
        long exp = START.plus(Duration.ofDays(1)).toEpochMilli();
        store.addNow(keyOf(1), Long.MAX_VALUE - 1, 1, 1, 1, exp);

        assertThatThrownBy(() -> store.addNow(keyOf(1), 2, 1, 1, 1, exp + 1)).isInstanceOf(ArithmeticException.class);
        assertThat(store.getNow(keyOf(1))).isEqualTo(new UsageTotals(Long.MAX_VALUE - 1, 1, 1, 1, exp));
    }

    @Example
    void anOverflowingAddToANewMonitoringKeyOfASegmentLeavesItsIdsAsTheyWere() {
        UsageTable table = new UsageTable();
        long now = START.toEpochMilli();
        UsageKey key = new UsageKey("IMSI:001010000000001", "mk-big");
        table.add(key, now, Long.MAX_VALUE, 0, 0, 0, now + 1000);
        int ids = table.keyIds();

        assertThatThrownBy(() -> table.add(key, now, 1, 0, 0, 0, now + 2000)).isInstanceOf(ArithmeticException.class);
        assertThat(table.keyIds()).isEqualTo(ids).isEqualTo(1);
        assertThat(table.size()).isEqualTo(1);
        assertThat(table.get(key, now)).isEqualTo(new UsageTotals(Long.MAX_VALUE, 0, 0, 0, now + 1000));
    }

    @Example
    void distinctMonitoringKeysWithoutEntriesHoldNoIds() {
        UsageTable table = new UsageTable();
        long now = START.toEpochMilli();
        for (int i = 0; i < 20_000; i++) {
            table.add(new UsageKey("IMSI:00101000000" + i % 7, "flood-" + i), now, 1, 1, 0, 1, now + 1 + i % 2);
        }
        assertThat(table.keyIds()).isEqualTo(20_000);
        assertThat(table.sweep(now + 1)).isEqualTo(10_000);
        assertThat(table.keyIds()).isEqualTo(10_000);
        for (int i = 1; i < 20_000; i += 4) {
            table.remove(new UsageKey("IMSI:00101000000" + i % 7, "flood-" + i), now);
        }
        assertThat(table.keyIds()).isEqualTo(5_000);
        assertThat(table.sweep(now + 2)).isEqualTo(5_000);
        assertThat(table.keyIds()).isZero();
        assertThat(table.size()).isZero();
    }

    /** Key {@code i} of the pool: mostly IMSIs, some MSISDNs, text owners, two Monitoring-Keys. */
    static UsageKey keyOf(int i) {
        String owner = switch (i % 5) {
            case 0, 1, 2 -> "IMSI:00101" + (1_000_000_000L + i / 2);
            case 3 -> "MSISDN:4917" + i / 2;
            default -> "SESSION:pgw;" + i / 2;
        };
        return new UsageKey(owner, i % 2 == 0 ? "mk1" : "mk-video");
    }

    /** Strings with one hash code ("Aa" and "BB" hash alike), so equal hashes must be told apart by text. */
    private static final List<String> ALIKE = List.of("AaAa", "AaBB", "BBAa", "BBBB");

    /**
     * Key {@code i} of a pool of 400 with 200 distinct Monitoring-Keys, those of each group of
     * four with one hash code; owners: IMSIs, and text owners of which groups of four share a
     * hash code, each owner with several Monitoring-Keys.
     */
    static UsageKey manyKeysOf(int i) {
        String owner = switch (i % 3) {
            case 0 -> "IMSI:00101" + (1_000_000_000L + i % 40);
            case 1 -> "SESSION:" + ALIKE.get(i / 3 % 4) + i % 10;
            default -> "user" + i % 13 + "@nai.example";
        };
        return new UsageKey(owner, "mk-" + ALIKE.get(i % 4) + i / 8 % 50);
    }

    private static Target store(InMemoryUsageStore store) {
        return new Target() {
            @Override
            public UsageTotals add(UsageKey k, long t, long in, long out, long s, long exp) {
                return store.addNow(k, t, in, out, s, exp);
            }

            @Override
            public UsageTotals get(UsageKey k) {
                return store.getNow(k);
            }

            @Override
            public UsageTotals reset(UsageKey k) {
                return store.reset(k).toCompletableFuture().join();
            }

            @Override
            public int sweep() {
                return store.sweep();
            }

            @Override
            public int size() {
                return store.size();
            }

            @Override
            public List<UsageEntry> all() {
                return store.all();
            }

            @Override
            public void assertKeyIds(Map<UsageKey, UsageTotals> model) {
            }
        };
    }

    private static Target table(UsageTable table, TestClock clock) {
        return new Target() {
            @Override
            public UsageTotals add(UsageKey k, long t, long in, long out, long s, long exp) {
                return table.add(k, clock.millis(), t, in, out, s, exp);
            }

            @Override
            public UsageTotals get(UsageKey k) {
                return table.get(k, clock.millis());
            }

            @Override
            public UsageTotals reset(UsageKey k) {
                return table.remove(k, clock.millis());
            }

            @Override
            public int sweep() {
                return table.sweep(clock.millis());
            }

            @Override
            public int size() {
                return table.size();
            }

            @Override
            public List<UsageEntry> all() {
                List<UsageEntry> out = new ArrayList<>();
                table.live(clock.millis(), out);
                return out;
            }

            @Override
            public void assertKeyIds(Map<UsageKey, UsageTotals> model) {
                long needed = model.keySet().stream().map(k -> (segmentOf(k) + "/" + k.monitoringKey())).distinct()
                        .count();
                assertThat(table.keyIds()).isEqualTo(needed);
            }
        };
    }

    private static int segmentOf(UsageKey k) {
        return UsageTable.hash(UsageTable.ownerWord(k.owner()), k.owner(), k.monitoringKey()) >>> 26;
    }

    /**
     * One segment, each key hashed to one of its last three or first two slots, at every size,
     * by one of eight hashes of five tags (bit {@value UsageSegment#SLOT_BITS} is set in a tag).
     */
    private static Target segment(UsageSegment segment, TestClock clock) {
        return new Target() {
            @Override
            public UsageTotals add(UsageKey k, long t, long in, long out, long s, long exp) {
                return segment.add(UsageTable.ownerWord(k.owner()), k, hashOf(k), clock.millis(), t, in, out, s, exp);
            }

            @Override
            public UsageTotals get(UsageKey k) {
                return segment.get(UsageTable.ownerWord(k.owner()), k, hashOf(k), clock.millis());
            }

            @Override
            public UsageTotals reset(UsageKey k) {
                return segment.remove(UsageTable.ownerWord(k.owner()), k, hashOf(k), clock.millis());
            }

            @Override
            public int sweep() {
                return segment.sweep(clock.millis());
            }

            @Override
            public int size() {
                return segment.size();
            }

            @Override
            public List<UsageEntry> all() {
                List<UsageEntry> out = new ArrayList<>();
                segment.live(clock.millis(), out);
                return out;
            }

            @Override
            public void assertKeyIds(Map<UsageKey, UsageTotals> model) {
                assertThat(segment.keyIds())
                        .isEqualTo((int) model.keySet().stream().map(UsageKey::monitoringKey).distinct().count());
            }
        };
    }

    private static final List<Integer> TAGGED = List.of(-1, -1 & ~(1 << UsageSegment.SLOT_BITS), -2, -3, 0,
            1 << UsageSegment.SLOT_BITS, 1, 1 | 1 << UsageSegment.SLOT_BITS);

    private static int hashOf(UsageKey k) {
        return TAGGED.get(Math.floorMod(k.hashCode(), TAGGED.size()));
    }

    private static UsageTotals live(UsageTotals t, long now) {
        return t == null || !t.liveAt(now) ? UsageTotals.NONE : t;
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> key = Arbitraries.integers().between(0, 399);
        Arbitrary<Op> add = Combinators.combine(key, Arbitraries.longs().between(0, 1_000_000),
                Arbitraries.integers().between(0, EXPIRIES.size() - 1)).as(Add::new);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, add),
                net.jqwik.api.Tuple.of(3, key.map(Get::new)),
                net.jqwik.api.Tuple.of(3, key.map(Reset::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Sweep())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(500L, 1_000L, 3_000L).map(Step::new)));
        return op.list().ofMinSize(50).ofMaxSize(600);
    }
}
