package io.pcrfd.store.memory;

import io.pcrfd.store.model.UsageKey;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The loops of {@link UsageTableBenchmark} timed by the thread's CPU time instead of the wall
 * clock, for a shared machine where other processes' load makes JMH's scores vary more than the
 * difference measured (BENCHMARKS.md, "Usage totals"). The four operations take turns in chunks
 * of 20,000 calls; the chunks of the second half of the rounds give a p10 and a median of CPU ns
 * per call each. Then the heap retained per entry (after {@code System.gc()} until it settles)
 * and the time of one sweep that removes nothing. Arguments: entries (2000000), rounds (6),
 * calls per operation and round (400000), {@code bounded} (false; true: the table's bound
 * {@code usageMaxEntries} is {@code entries}, so {@code insertNew} evicts one entry per call, as a
 * CCR-T of a fresh IMSI does once the table is full, and the heap per entry is that at the bound).
 */
public final class UsageTableCpuProbe {
    private static final long NOW = 1_800_000_000_000L;
    private static final long EXPIRES = NOW + 31L * 86_400_000L;
    private static final String[] MONITORING_KEYS = {"mk-default", "mk-video"};
    private static final String[] NAMES = {"addHit", "addNew", "insertNew", "getMiss"};
    private static final int CHUNK = 20_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final UsageTable table;
    private final boolean bounded;
    private final SplittableRandom random = new SplittableRandom(7);
    private final int entries;
    private int next;
    private int fresh = 500_000_000;
    private int absent = 1_000_000_000;
    private long sink;

    private UsageTableCpuProbe(int entries, boolean bounded) {
        this.table = new UsageTable(bounded ? entries : Integer.MAX_VALUE);
        this.bounded = bounded;
        this.entries = entries;
        this.next = entries;
        for (int i = 0; i < entries; i++) {
            table.add(keyOf(i), NOW, 1000, 400, 600, 1, EXPIRES);
        }
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 400_000;
        boolean bounded = args.length > 3 && Boolean.parseBoolean(args[3]);
        UsageTableCpuProbe probe = new UsageTableCpuProbe(entries, bounded);
        System.out.printf("heap %.1f B/entry, %d held, %d evicted%n", probe.retainedBytes() / (double) entries,
                probe.table.size(), probe.table.evictions());
        long[][] ns = probe.run(rounds, calls / CHUNK);
        for (int op = 0; op < NAMES.length; op++) {
            long[] v = Arrays.copyOfRange(ns[op], ns[op].length / 2, ns[op].length);
            Arrays.sort(v);
            System.out.printf("%-9s p10 %5d  median %5d CPU ns/call%n", NAMES[op], v[v.length / 10], v[v.length / 2]);
        }
        long start = System.nanoTime();
        int removed = probe.table.sweep(NOW);
        System.out.printf("sweep %d ms, %d removed (%d)%n", (System.nanoTime() - start) / 1_000_000, removed,
                probe.sink & 1);
    }

    private long[][] run(int rounds, int chunks) {
        long[][] ns = new long[NAMES.length][rounds * chunks];
        for (int c = 0; c < rounds * chunks; c++) {
            for (int op = 0; op < NAMES.length; op++) {
                long start = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < CHUNK; i++) {
                    sink += call(op);
                }
                ns[op][c] = (THREADS.getCurrentThreadCpuTime() - start) / CHUNK;
            }
            if (c % 5 == 4 && !bounded) {
                dropFresh(5 * CHUNK);
            }
        }
        return ns;
    }

    /** One call of operation {@code op}, as the benchmark method of its name. */
    private long call(int op) {
        return switch (op) {
            case 0 -> table.add(keyOf(random.nextInt(entries)), NOW, 1000, 400, 600, 1, EXPIRES).totalOctets();
            case 1 -> {
                table.remove(keyOf(next - entries), NOW);
                yield table.add(keyOf(next++), NOW, 1000, 400, 600, 1, EXPIRES).totalOctets();
            }
            case 2 -> table.add(keyOf(fresh++), NOW, 1000, 400, 600, 1, EXPIRES).totalOctets();
            default -> table.get(keyOf(absent++), NOW).totalOctets();
        };
    }

    /** Takes out (untimed) the last {@code count} keys that {@code insertNew} added. */
    private void dropFresh(int count) {
        for (int i = fresh - count; i < fresh; i++) {
            table.remove(keyOf(i), NOW);
        }
    }

    private long retainedBytes() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /** Key {@code i}: IMSI 00101 followed by {@code i} in ten digits, one of the two Monitoring-Keys. */
    private static UsageKey keyOf(int i) {
        byte[] owner = "IMSI:001010000000000".getBytes(StandardCharsets.ISO_8859_1);
        long v = i;
        for (int d = owner.length - 1; d >= 10; d--) {
            owner[d] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return new UsageKey(new String(owner, StandardCharsets.ISO_8859_1), new String(MONITORING_KEYS[i & 1]));
    }
}
