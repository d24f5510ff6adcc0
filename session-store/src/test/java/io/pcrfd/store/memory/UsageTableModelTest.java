package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Property(tries = 200)
    void theStoreAnswersAsTheModel(@ForAll("operations") List<Op> ops) {
        TestClock clock = new TestClock(START);
        InMemoryUsageStore store = new InMemoryUsageStore(clock);
        Map<UsageKey, UsageTotals> model = new HashMap<>();
        for (Op op : ops) {
            long now = clock.millis();
            switch (op) {
                case Add a -> {
                    UsageTotals cur = model.get(keyOf(a.key()));
                    long exp = clock.instant().plus(EXPIRIES.get(a.expiry())).toEpochMilli();
                    UsageTotals report = new UsageTotals(a.total(), 2 * a.total(), 3 * a.total(), 1, exp);
                    UsageTotals after = cur != null && cur.liveAt(now) ? cur.plus(report) : report;
                    model.put(keyOf(a.key()), after);
                    assertThat(store.addNow(keyOf(a.key()), a.total(), 2 * a.total(), 3 * a.total(), 1, exp))
                            .isEqualTo(after);
                }
                case Get g -> assertThat(store.getNow(keyOf(g.key()))).isEqualTo(live(model.get(keyOf(g.key())), now));
                case Reset r -> assertThat(store.reset(keyOf(r.key())).toCompletableFuture().join())
                        .isEqualTo(live(model.remove(keyOf(r.key())), now));
                case Sweep s -> {
                    int expired = (int) model.values().stream().filter(t -> !t.liveAt(now)).count();
                    model.values().removeIf(t -> !t.liveAt(now));
                    assertThat(store.sweep()).isEqualTo(expired);
                }
                case Step s -> clock.advance(Duration.ofMillis(s.millis()));
            }
            assertThat(store.size()).isEqualTo(model.size());
            assertThat(store.all()).containsExactlyInAnyOrderElementsOf(model.entrySet().stream()
                    .filter(e -> e.getValue().liveAt(clock.millis()))
                    .map(e -> new UsageEntry(e.getKey(), e.getValue())).toList());
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

    /** Key {@code i} of the pool: mostly IMSIs, some MSISDNs, text owners, two Monitoring-Keys. */
    static UsageKey keyOf(int i) {
        String owner = switch (i % 5) {
            case 0, 1, 2 -> "IMSI:00101" + (1_000_000_000L + i / 2);
            case 3 -> "MSISDN:4917" + i / 2;
            default -> "SESSION:pgw;" + i / 2;
        };
        return new UsageKey(owner, i % 2 == 0 ? "mk1" : "mk-video");
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
