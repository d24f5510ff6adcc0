package io.pcrfd.store.memory;

import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one usage report costs the in-memory totals ({@link UsageTable#add}) in a table of
 * {@code entries} keys, as under the daemon's bench load (a fresh IMSI per session, so the
 * table holds millions of keys and a probe misses the caches): {@code addHit} adds to a key
 * chosen at random among those held (a report after the first of a session), {@code addNew}
 * adds a key the table does not hold yet (a session's first report: the probe ends at a free
 * slot and the key is inserted) and removes the key added {@code entries} adds before it, so
 * that the table keeps its size (what the sweep does to expired totals). {@code insertNew} is
 * the first report alone (a CCR-T's final report in a session of CCR-I and CCR-T): a miss and
 * the insert after it, the table growing by what one short iteration adds, taken out again after
 * each iteration (untimed; the sweep's part). {@code getMiss} reads a key the table never held
 * (a CCR-I's read of a fresh subscriber's usage). Each call builds its {@link UsageKey} from new
 * Strings, as the Gx parser hands them over; the Monitoring-Key is one of two, as a policy
 * configures them. The table is filled once per fork. At the default 2,000,000 entries each
 * segment is 48 % full (just past a doubling); {@code -p entries=3000000} gives 72 % in the
 * same arrays (just short of the next). With {@code -p bounded=true} the table's bound
 * ({@code usageMaxEntries}) is {@code entries}, so {@code insertNew} evicts one entry per insert
 * (what a CCR-T of a fresh IMSI costs once the table is full) and nothing is taken out after an
 * iteration; by default the bound is far above {@code entries}, as before the bound existed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class UsageTableBenchmark {
    private static final long NOW = 1_800_000_000_000L;
    private static final long EXPIRES = NOW + TimeUnit.DAYS.toMillis(31);
    private static final byte[][] MONITORING_KEYS = {"mk-default".getBytes(StandardCharsets.ISO_8859_1),
        "mk-video".getBytes(StandardCharsets.ISO_8859_1)};

    private static final int FRESH = 500_000_000;
    private static final int ABSENT = 1_000_000_000;

    @Param("2000000")
    int entries;

    @Param("false")
    boolean bounded;

    private final byte[] owner = "IMSI:001010000000000".getBytes(StandardCharsets.ISO_8859_1);
    private final SplittableRandom random = new SplittableRandom(7);
    private UsageTable table;
    private int next;
    /** Keys of {@code insertNew}, from {@link #FRESH} on; those before {@code freshMark} are gone. */
    private int fresh = FRESH;
    private int freshMark = FRESH;
    /** Keys of {@code getMiss}, never added. */
    private int absent = ABSENT;

    @Setup(Level.Trial)
    public void fill() {
        table = new UsageTable(bounded ? entries : Integer.MAX_VALUE);
        for (int i = 0; i < entries; i++) {
            table.add(keyOf(i), NOW, 1000, 400, 600, 1, EXPIRES);
        }
        next = entries;
    }

    @Benchmark
    public UsageTotals addHit() {
        return table.add(keyOf(random.nextInt(entries)), NOW, 1000, 400, 600, 1, EXPIRES);
    }

    @Benchmark
    public UsageTotals addNew() {
        table.remove(keyOf(next - entries), NOW);
        return table.add(keyOf(next++), NOW, 1000, 400, 600, 1, EXPIRES);
    }

    @Benchmark
    @Warmup(iterations = 10, time = 50, timeUnit = TimeUnit.MILLISECONDS)
    @Measurement(iterations = 40, time = 50, timeUnit = TimeUnit.MILLISECONDS)
    public UsageTotals insertNew() {
        return table.add(keyOf(fresh++), NOW, 1000, 400, 600, 1, EXPIRES);
    }

    @Benchmark
    public UsageTotals getMiss() {
        return table.get(keyOf(absent++), NOW);
    }

    /** Takes out what {@code insertNew} added in the iteration, so each starts at {@code entries}. */
    @TearDown(Level.Iteration)
    public void dropFresh() {
        for (; !bounded && freshMark < fresh; freshMark++) {
            table.remove(keyOf(freshMark), NOW);
        }
    }

    /** Key {@code i}: IMSI 00101 followed by {@code i} in ten digits, one of the two Monitoring-Keys. */
    private UsageKey keyOf(int i) {
        long v = i;
        for (int d = owner.length - 1; d >= 10; d--) {
            owner[d] = (byte) ('0' + v % 10);
            v /= 10;
        }
        String o = new String(owner, StandardCharsets.ISO_8859_1);
        return new UsageKey(o, new String(MONITORING_KEYS[i & 1], StandardCharsets.ISO_8859_1));
    }
}
